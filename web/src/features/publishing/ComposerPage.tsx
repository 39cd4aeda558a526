// /posts/new and /posts/:postId: the composer for a new post, or for a saved one once it loads.
import { Group, Skeleton, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { Composer } from './Composer.tsx';
import { PostStateBadge } from './PostStateBadge.tsx';
import { formatInZone } from './schedule-time.ts';
import { usePost } from './usePosts.ts';

export function ComposerPage() {
  const { postId } = useParams();
  const { workspace } = useCurrentWorkspace();
  const post = usePost(workspace.id, postId);
  const gone = post.data?.state === 'published' || post.data?.state === 'publishing';
  const title = !postId ? 'New post' : gone ? 'Post' : 'Edit post';
  return (
    <Stack maw={1300}>
      <PageHeader
        title={title}
        description={
          post.data?.scheduledAt
            ? `${gone ? 'Went out' : 'Goes out'} ${formatInZone(post.data.scheduledAt, post.data.timeZone ?? workspace.timeZone)} (${post.data.timeZone ?? workspace.timeZone}).`
            : 'Write once, adapt per channel, and see how it will look on each network.'
        }
        action={post.data ? <Group>{<PostStateBadge state={post.data.state} size="md" />}</Group> : null}
      />
      <FormError error={post.error} title="The post could not be loaded" />
      {postId && !post.data ? post.error ? null : <Skeleton h={400} /> : <Composer key={post.data?.id ?? 'new'} post={post.data} />}
    </Stack>
  );
}
