// For approvers (a client who only reviews, or anyone who may approve): the posts waiting for
// review, oldest first, each opening its review page.
import { EmptyState, Stack } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { PostsTable } from './PostsTable.tsx';
import { usePosts } from './usePosts.ts';

export function ReviewsPage() {
  const { workspace } = useCurrentWorkspace();
  const posts = usePosts(workspace.id, { state: 'in_review', unscheduled: 'true' });
  const waiting = posts.data?.filter((p) => p.state === 'in_review').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  return (
    <Stack maw={1100}>
      <PageHeader title="Reviews" description="Posts waiting for your approval. Approve them, or ask for changes with a note." />
      <FormError error={posts.error} title="Posts could not be loaded" />
      <ListCard items={waiting} empty={<EmptyState size="sm" icon={<IconChecklist />} title="Nothing to review" description="Posts submitted for review appear here." />}>
        {(items) => <PostsTable posts={items} linkTo={(p) => `/w/${workspace.id}/reviews/${p.id}`} />}
      </ListCard>
    </Stack>
  );
}
