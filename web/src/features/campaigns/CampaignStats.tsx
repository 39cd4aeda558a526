// A campaign's numbers: posts by state, people's clicks (bots counted apart), cost per click,
// and clicks per channel.
import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useChannels } from '../channels/useChannels.ts';
import { stateLabels } from '../publishing/post-states.ts';
import type { PostState } from '../publishing/types.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { formatMoney } from './money.ts';
import { useCampaignClicks, useCampaignSummary } from './useCampaigns.ts';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600}>
        {value}
      </Text>
    </Card>
  );
}

export function CampaignStats({ campaignId }: { campaignId: string }) {
  const { workspace } = useCurrentWorkspace();
  const summary = useCampaignSummary(workspace.id, campaignId).data;
  const clicks = useCampaignClicks(workspace.id, campaignId).data;
  const channels = useChannels(workspace.id).data ?? [];
  const channelName = (id: string | null) => channels.find((c) => c.id === id)?.displayName ?? 'Other links';
  if (!summary) return null;
  const byState = Object.entries(summary.posts.byState).filter(([, n]) => n > 0);
  return (
    <Stack gap="sm" role="region" aria-label="Campaign results">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Posts" value={summary.posts.total} />
        <Stat label="Clicks" value={summary.clicks.humans} />
        <Stat label="Bot clicks (left out)" value={summary.clicks.bots} />
        <Stat label="Cost per click" value={formatMoney(summary.costPerClickMinor === null ? null : Math.round(summary.costPerClickMinor), summary.currency)} />
      </SimpleGrid>
      {byState.length > 0 ? (
        <Group gap="md">
          {byState.map(([state, n]) => (
            <Text key={state} size="sm">
              {stateLabels[state as PostState] ?? state}: {n}
            </Text>
          ))}
        </Group>
      ) : null}
      {clicks && clicks.byChannel.length > 0 ? (
        <Table aria-label="Clicks per channel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Channel</Table.Th>
              <Table.Th ta="right">Links</Table.Th>
              <Table.Th ta="right">Clicks</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clicks.byChannel.map((row) => (
              <Table.Tr key={row.channelId ?? 'none'}>
                <Table.Td>{channelName(row.channelId)}</Table.Td>
                <Table.Td ta="right">{row.links}</Table.Td>
                <Table.Td ta="right">{row.clicks.humans}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
