// One connected channel: who it is on which network, how it is doing, what it allows.
import { Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { formatDateTime } from '../../ui/format.ts';
import { ChannelActions } from './ChannelActions.tsx';
import { formatAgo } from './format-time.ts';
import { HealthBadge } from './HealthBadge.tsx';
import { limitsSummary } from './limits-summary.ts';
import { NetworkIcon } from './NetworkIcon.tsx';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channel: Channel; connector: ConnectorInfo | undefined; mayManage: boolean };

export function ChannelRow({ channel, connector, mayManage }: Props) {
  const canPublish = connector?.capabilities.includes('publish') ?? true;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <NetworkIcon network={channel.network} />
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={600} truncate>
              {channel.displayName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {connector?.displayName ?? channel.network}
              {channel.accountHandle ? ` · ${channel.accountHandle}` : ''}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <HealthBadge channel={channel} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{limitsSummary(channel.limits, canPublish)}</Text>
      </Table.Td>
      <Table.Td>
        {channel.lastCheckedAt ? (
          <Tooltip label={formatDateTime(channel.lastCheckedAt)} withArrow>
            <Text size="sm" component="time" dateTime={channel.lastCheckedAt} tabIndex={0}>
              {formatAgo(channel.lastCheckedAt)}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      {mayManage ? (
        <Table.Td>
          <ChannelActions channel={channel} connector={connector} />
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
