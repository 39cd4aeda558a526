// Network logo, the channel's name, and which account on which network it is.
import { Group, Stack, Text } from '@mantine/core';
import { NetworkIcon } from './NetworkIcon.tsx';
import type { Channel } from './types.ts';

export function ChannelIdentity({ channel, networkName }: { channel: Channel; networkName: string | undefined }) {
  // A feed's "handle" is often its title, which is also the default name: say it once.
  const handle = channel.accountHandle && channel.accountHandle !== channel.displayName ? channel.accountHandle : null;
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <NetworkIcon network={channel.network} />
      <Stack gap={0} miw={0}>
        <Text size="sm" fw={600} truncate>
          {channel.displayName}
        </Text>
        <Text size="xs" c="dimmed" truncate title={handle ?? undefined}>
          {networkName ?? channel.network}
          {handle ? ` · ${handle}` : ''}
        </Text>
      </Stack>
    </Group>
  );
}
