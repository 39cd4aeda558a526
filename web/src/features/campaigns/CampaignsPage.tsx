// Campaigns: what each is for, when it runs, its budget and what it cost so far.
import { Anchor, Button, EmptyState, Stack, Switch, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { formatDate } from '../../ui/format.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CampaignModal } from './CampaignModal.tsx';
import { formatMoney } from './money.ts';
import { useCampaigns } from './useCampaigns.ts';

export const campaignDates = (startsOn: string | null, endsOn: string | null) => (startsOn || endsOn ? `${startsOn ? formatDate(startsOn) : '…'} – ${endsOn ? formatDate(endsOn) : '…'}` : 'No dates');

export function CampaignsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const [archived, setArchived] = useState(false);
  const campaigns = useCampaigns(workspace.id, true, archived);
  const [creating, { open, close }] = useDisclosure(false);
  const action = can('campaigns.manage') ? (
    <Button leftSection={<IconPlus size={18} />} onClick={open}>
      New campaign
    </Button>
  ) : null;
  return (
    <Stack maw={1100}>
      <PageHeader title="Campaigns" description="Group posts under a goal, with dates, a budget, and UTM parameters added to every link." action={action} />
      <Switch label="Show archived campaigns" checked={archived} onChange={(e) => setArchived(e.currentTarget.checked)} />
      <FormError error={campaigns.error} title="Campaigns could not be loaded" />
      <ListCard items={campaigns.data} empty={<EmptyState size="sm" icon={<IconTargetArrow />} title={archived ? 'No archived campaigns' : 'No campaigns yet'} />}>
        {(items) => (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm" aria-label="Campaigns">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Campaign</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th ta="right">Budget</Table.Th>
                  <Table.Th ta="right">Cost</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${workspace.id}/campaigns/${c.id}`} size="sm" fw={500}>
                        {c.name}
                      </Anchor>
                      {c.goal ? (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {c.goal}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{campaignDates(c.startsOn, c.endsOn)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(c.budgetMinor, c.currency)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(c.costMinor, c.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCard>
      {creating ? <CampaignModal opened={creating} onClose={close} /> : null}
    </Stack>
  );
}
