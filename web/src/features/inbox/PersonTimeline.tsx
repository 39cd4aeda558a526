// The person's recent history across every channel (posts, replies, mentions, reactions ...),
// newest first, with their network beside each item.
import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { FormError } from '../../ui/FormError.tsx';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { listTime } from './inbox-labels.ts';
import { activityLabel, activityText } from '../people/activity-types.ts';
import { useTimeline } from '../people/usePerson.ts';

export function PersonTimeline({ workspaceId, personId }: { workspaceId: string; personId: string }) {
  const timeline = useTimeline(workspaceId, personId);
  if (timeline.error) return <FormError error={timeline.error} title="History could not be loaded" />;
  if (!timeline.data) return <Skeleton h={80} />;
  const items = timeline.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <Text size="xs" c="dimmed">
        Nothing yet.
      </Text>
    );
  return (
    <Stack gap={6}>
      <Stack gap={6} role="list" aria-label="Recent history">
        {items.map((a) => (
          <Group key={a.id} gap={6} wrap="nowrap" align="flex-start" role="listitem" data-activity-type={a.type}>
            {a.channel ? <NetworkIcon network={a.channel.network} size={18} /> : null}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Text size="xs" fw={500}>
                {activityLabel(a.type)}
                {a.channel ? ` on ${a.channel.displayName}` : ''}
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {listTime(a.occurredAt)}
                </Text>
              </Text>
              {activityText(a.data) ? (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {activityText(a.data)}
                </Text>
              ) : null}
            </div>
          </Group>
        ))}
      </Stack>
      {timeline.hasNextPage ? (
        <Button size="compact-xs" variant="subtle" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
          Older activity
        </Button>
      ) : null}
    </Stack>
  );
}
