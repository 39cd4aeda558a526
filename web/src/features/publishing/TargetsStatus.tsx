// Where each channel's copy of the post stands once scheduled: its state, the time, the link to
// the published post on the network, or the network's reason for a failure. A failed or
// needs-check channel also offers the ways out: mark it published, or publish it again.
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { PostStateBadge } from './PostStateBadge.tsx';
import { TargetResolution } from './TargetResolution.tsx';
import type { PostTarget } from './types.ts';

const stuck = (t: PostTarget) => t.state === 'failed' || t.state === 'needs_check';

export function TargetsStatus({ postId, targets }: { postId: string; targets: PostTarget[] }) {
  const { can } = useCurrentWorkspace();
  const shown = targets.filter((t) => t.state !== 'pending');
  if (shown.length === 0) return null;
  return (
    <Card withBorder padding="sm" aria-label="Channels status" component="section">
      <Stack gap="xs">
        {shown.map((t) => (
          <Stack key={t.id} gap={4}>
            <Group gap="sm" wrap="nowrap" justify="space-between">
              <Group gap="xs" wrap="nowrap" miw={0}>
                <NetworkIcon network={t.network} size={22} />
                <Text size="sm" truncate>
                  {t.channelName}
                </Text>
                <PostStateBadge state={t.state} size="xs" />
              </Group>
              <Text size="xs" c="dimmed" ta="right">
                {t.url ? (
                  <Anchor href={t.url} target="_blank" rel="noreferrer" size="xs" aria-label={`Open the post on ${t.channelName}`}>
                    View on network
                  </Anchor>
                ) : t.errorReason ? (
                  <Text span c="red" size="xs">
                    {t.errorReason}
                  </Text>
                ) : t.scheduledAt ? (
                  formatDateTime(t.publishedAt ?? t.scheduledAt)
                ) : null}
              </Text>
            </Group>
            {stuck(t) && t.url && t.errorReason ? (
              <Text c="red" size="xs">
                {t.errorReason}
              </Text>
            ) : null}
            {stuck(t) && can('posts.write') ? <TargetResolution postId={postId} target={t} /> : null}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
