// The workspace's active channels: a table on wide screens, a stack of cards on phones.
import { Card, Stack, Table, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ChannelCard } from './ChannelCard.tsx';
import { ChannelRow } from './ChannelRow.tsx';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channels: Channel[]; connectors: ConnectorInfo[]; mayManage: boolean };

export function ChannelsTable({ channels, connectors, mayManage }: Props) {
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(width < ${theme.breakpoints.sm})`) ?? false;
  const byId = new Map(connectors.map((c) => [c.id, c]));
  if (isPhone) {
    return (
      <Stack gap="sm" aria-label="Channels" role="list">
        {channels.map((c) => (
          <div role="listitem" key={c.id}>
            <ChannelCard channel={c} connector={byId.get(c.network)} mayManage={mayManage} />
          </div>
        ))}
      </Stack>
    );
  }
  return (
    <Card withBorder padding={0} radius="md">
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Channels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Health</Table.Th>
              <Table.Th>Limits</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>Last checked</Table.Th>
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
    </Card>
  );
}
