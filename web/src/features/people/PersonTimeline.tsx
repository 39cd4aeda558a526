// Everything the person did on every channel, newest first, read as you scroll.
import { Anchor, Card, EmptyState, Group, Skeleton, Text, Timeline, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format.ts';
import { FormError } from '../../ui/FormError.tsx';
import { InfiniteScroll } from '../../ui/InfiniteScroll.tsx';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { activityLabel, activityText, activityUrl } from './activity-types.ts';
import { networkLabel } from './networks.ts';
import { useTimeline } from './usePerson.ts';

export function PersonTimeline({ workspaceId, personId }: { workspaceId: string; personId: string }) {
  const timeline = useTimeline(workspaceId, personId);
  const items = timeline.data?.pages.flatMap((p) => p.items);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h4" id="timeline-title" mb="md">
        Timeline
      </Title>
      <FormError error={timeline.error} title="The timeline could not be loaded" />
      {!items ? (
        <Skeleton h={200} />
      ) : items.length === 0 ? (
        <EmptyState size="sm" icon={<IconTimeline />} title="No activity yet" description="Replies, mentions and messages from every network show up here." />
      ) : (
        <Timeline bulletSize={28} lineWidth={2} role="list" aria-label="Activities">
          {items.map((item) => {
            const text = activityText(item.data);
            const url = activityUrl(item.data);
            const conversationId = typeof item.data.conversationId === 'string' ? item.data.conversationId : null;
            const network = item.channel?.network ?? 'unknown';
            return (
              <Timeline.Item key={item.id} role="listitem" bullet={<NetworkIcon network={network} size={28} />} title={<Text size="sm" fw={500}>{activityLabel(item.type)}</Text>}>
                <Group gap={6} wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {networkLabel(network)}
                    {item.channel ? ` · ${item.channel.displayName}` : ''} · <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
                  </Text>
                  {conversationId ? (
                    <Anchor component={Link} to={`/w/${workspaceId}/inbox?conversation=${conversationId}`} size="xs">
                      Conversation
                    </Anchor>
                  ) : null}
                  {url ? (
                    <Anchor href={url} target="_blank" rel="noreferrer" size="xs">
                      Open on {networkLabel(network)}
                    </Anchor>
                  ) : null}
                </Group>
                {text ? (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {text}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <InfiniteScroll query={timeline} label="activity" />
    </Card>
  );
}
