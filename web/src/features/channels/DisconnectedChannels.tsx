// Channels that were disconnected: their data stays in Tandem, so they stay listed, folded away.
import { Accordion, Group, Table, Text } from '@mantine/core';
import { formatDate } from '../../ui/format.ts';
import { NetworkIcon } from './NetworkIcon.tsx';
import type { Channel, ConnectorInfo } from './types.ts';

export function DisconnectedChannels({ channels, connectors }: { channels: Channel[]; connectors: ConnectorInfo[] }) {
  if (channels.length === 0) return null;
  const names = new Map(connectors.map((c) => [c.id, c.displayName]));
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="disconnected">
        <Accordion.Control>Disconnected channels ({channels.length})</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="sm">
            Their posts, conversations and metrics are kept. Connect the same account again to resume.
          </Text>
          <Table aria-label="Disconnected channels">
            <Table.Tbody>
              {channels.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <NetworkIcon network={c.network} size={28} />
                      <Text size="sm">{c.displayName}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {names.get(c.network) ?? c.network}
                      {c.accountHandle ? ` · ${c.accountHandle}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      Connected {formatDate(c.createdAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
