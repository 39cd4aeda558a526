// Which channels the post goes to: one chip per publishing channel, with its network's icon.
import { Chip, Group, Skeleton, Stack, Text } from '@mantine/core';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import type { PublishChannel } from './useChannelsForComposer.ts';

type Props = { channels: PublishChannel[] | undefined; value: string[]; onChange: (ids: string[]) => void; disabled?: boolean };

export function ChannelPicker({ channels, value, onChange, disabled }: Props) {
  return (
    <Stack gap={6} role="group" aria-label="Channels">
      <Text size="sm" fw={500}>
        Channels
      </Text>
      {!channels ? (
        <Skeleton h={32} />
      ) : channels.length === 0 ? (
        <Text size="sm" c="dimmed">
          No channel can publish yet: connect one on the Channels page.
        </Text>
      ) : (
        <Chip.Group multiple value={value} onChange={onChange}>
          <Group gap="xs">
            {channels.map((c) => (
              <Chip key={c.id} value={c.id} disabled={disabled} variant="outline">
                <Group gap={6} wrap="nowrap">
                  <NetworkIcon network={c.network} size={18} />
                  <span>{c.displayName}</span>
                </Group>
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
    </Stack>
  );
}
