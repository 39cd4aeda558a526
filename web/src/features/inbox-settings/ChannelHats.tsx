// Which hat's queue each channel's new conversations land in (replies to published posts follow
// the hand-off setting instead). Saved as soon as it is changed.
import { Card, Group, Select, Skeleton, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { InboxHat } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { hatOptions } from './rule-words.ts';
import { useChannelHats, useSetChannelHat } from './useInboxSettings.ts';

export function ChannelHats({ workspaceId, readOnly }: { workspaceId: string; readOnly: boolean }) {
  const channels = useChannelHats(workspaceId);
  const setHat = useSetChannelHat(workspaceId);
  const active = channels.data?.filter((c) => c.status === 'active');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="channel-hats-title">
      <Title order={2} size="h4" id="channel-hats-title" mb={4}>
        Channels
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The queue each channel's new conversations land in. Conversations already in the inbox keep theirs.
      </Text>
      <FormError error={channels.error} title="Channels could not be loaded" />
      {!active ? (
        <Skeleton h={80} />
      ) : active.length === 0 ? (
        <Text size="sm" c="dimmed">
          No channels connected yet.
        </Text>
      ) : (
        <Table aria-label="Channel inbox hats" verticalSpacing="xs">
          <Table.Tbody>
            {active.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <NetworkIcon network={c.network} size={28} />
                    <Text size="sm">{c.displayName}</Text>
                  </Group>
                </Table.Td>
                <Table.Td w={200}>
                  <Select
                    aria-label={`Inbox hat of ${c.displayName}`}
                    data={hatOptions}
                    value={c.inboxHat}
                    readOnly={readOnly}
                    allowDeselect={false}
                    onChange={(v) =>
                      v &&
                      setHat.mutate(
                        { channelId: c.id, hat: v as InboxHat },
                        {
                          onSuccess: () => notifications.show({ color: 'green', message: `${c.displayName} now lands in the ${v} queue` }),
                          onError: notifyFailure('The hat was not changed'),
                        },
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
