// One post under review: how it will look on each of its channels, its media, the approval
// steps so far, the internal comments, and the approver's decision.
import { Button, Grid, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { useConnectors } from '../channels/useChannels.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { ApprovalSteps } from './ApprovalSteps.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { NetworkPreview } from './NetworkPreview.tsx';
import { PostStateBadge } from './PostStateBadge.tsx';
import { ReviewDecision } from './ReviewDecision.tsx';
import { usePost } from './usePosts.ts';

export function ReviewPostPage() {
  const { postId = '' } = useParams();
  const { workspace, can } = useCurrentWorkspace();
  const post = usePost(workspace.id, postId);
  const navigate = useNavigate();
  const back = `/w/${workspace.id}/reviews`;
  const p = post.data;
  const connectors = useConnectors().data;
  const networkName = (id: string) => connectors?.find((c) => c.id === id)?.displayName ?? id;
  return (
    <Stack maw={1200}>
      <PageHeader
        title="Review post"
        action={
          <Group>
            {p ? <PostStateBadge state={p.state} size="md" /> : null}
            <Button component={Link} to={back} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
              All reviews
            </Button>
          </Group>
        }
      />
      <FormError error={post.error} title="The post could not be loaded" />
      {!p ? (
        post.error ? null : (
          <Skeleton h={300} />
        )
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="sm" role="region" aria-label="Previews">
              {p.targets.map((t) => (
                <NetworkPreview
                  key={t.id}
                  network={t.network}
                  networkName={networkName(t.network)}
                  channelName={t.channelName}
                  handle={null}
                  text={t.text ?? p.text}
                  segments={undefined}
                  mediaCount={(t.media ?? p.media).length}
                />
              ))}
              {p.thread.length > 0 ? (
                <Text size="sm" c="dimmed">
                  Followed by {p.thread.length} more part(s) in a thread: {p.thread.map((x) => x.text).join(' / ')}
                </Text>
              ) : null}
              {p.firstComment ? (
                <Text size="sm" c="dimmed">
                  First comment: {p.firstComment}
                </Text>
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              {p.state === 'in_review' && can('posts.approve') ? <ReviewDecision postId={p.id} onDecided={() => navigate(back)} /> : null}
              <ApprovalSteps postId={p.id} />
              <CommentsPanel postId={p.id} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
