// One connected channel as a table row: who it is, how it is doing, what it allows.
import { Table, Text } from '@mantine/core';
import { ChannelActions } from './ChannelActions.tsx';
import { ChannelIdentity } from './ChannelIdentity.tsx';
import { ChannelHealth } from './ChannelHealth.tsx';
import { LastChecked } from './LastChecked.tsx';
import { limitsSummary } from './limits-summary.ts';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channel: Channel; connector: ConnectorInfo | undefined; mayManage: boolean };

export function ChannelRow({ channel, connector, mayManage }: Props) {
  return (
    <Table.Tr>
      <Table.Td maw={280}>
        <ChannelIdentity channel={channel} networkName={connector?.displayName} />
      </Table.Td>
      <Table.Td>
        <ChannelHealth channel={channel} connector={connector} mayManage={mayManage} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" miw={170}>
          {limitsSummary(channel.limits, connector?.capabilities.includes('publish') ?? true)}
        </Text>
      </Table.Td>
      <Table.Td>
        <LastChecked at={channel.lastCheckedAt} />
      </Table.Td>
      {mayManage ? (
        <Table.Td>
          <ChannelActions channel={channel} connector={connector} />
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
