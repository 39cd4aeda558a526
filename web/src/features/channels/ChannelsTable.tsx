// The workspace's active channels, one row each; scrolls sideways on narrow screens.
import { Table } from '@mantine/core';
import { ChannelRow } from './ChannelRow.tsx';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channels: Channel[]; connectors: ConnectorInfo[]; mayManage: boolean };

export function ChannelsTable({ channels, connectors, mayManage }: Props) {
  const byId = new Map(connectors.map((c) => [c.id, c]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Channels">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Health</Table.Th>
            <Table.Th>Limits</Table.Th>
            <Table.Th>Last checked</Table.Th>
            {mayManage ? (
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((c) => (
            <ChannelRow key={c.id} channel={c} connector={byId.get(c.network)} mayManage={mayManage} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
