// One connected channel as a card, for phones, where a table row would scroll sideways.
import { Card, Group, Stack, Text } from '@mantine/core';
import { ChannelActions } from './ChannelActions.tsx';
import { ChannelIdentity } from './ChannelIdentity.tsx';
import { ChannelHealth } from './ChannelHealth.tsx';
import { LastChecked } from './LastChecked.tsx';
import { limitsSummary } from './limits-summary.ts';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channel: Channel; connector: ConnectorInfo | undefined; mayManage: boolean };

export function ChannelCard({ channel, connector, mayManage }: Props) {
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={channel.displayName}>
      <Stack gap="sm">
        <ChannelIdentity channel={channel} networkName={connector?.displayName} />
        <ChannelHealth channel={channel} connector={connector} mayManage={mayManage} />
        <Text size="sm">{limitsSummary(channel.limits, connector?.capabilities.includes('publish') ?? true)}</Text>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" c="dimmed">
            Last checked
          </Text>
          <LastChecked at={channel.lastCheckedAt} />
        </Group>
        {mayManage ? <ChannelActions channel={channel} connector={connector} /> : null}
      </Stack>
    </Card>
  );
}
