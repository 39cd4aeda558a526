// One campaign: its goal, dates and money, its results, and the posts that belong to it.
import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { PostsTable } from '../publishing/PostsTable.tsx';
import { usePosts } from '../publishing/usePosts.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CampaignModal } from './CampaignModal.tsx';
import { campaignDates } from './CampaignsPage.tsx';
import { CampaignStats } from './CampaignStats.tsx';
import { formatMoney } from './money.ts';
import { useArchiveCampaign, useCampaign } from './useCampaigns.ts';

export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const { workspace, can } = useCurrentWorkspace();
  const campaign = useCampaign(workspace.id, campaignId);
  const posts = usePosts(workspace.id, { campaignId, unscheduled: 'true' });
  const archive = useArchiveCampaign(workspace.id);
  const [editing, { open, close }] = useDisclosure(false);
  const c = campaign.data;
  const actions = (
    <Group>
      <Button component={Link} to={`/w/${workspace.id}/campaigns`} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
        All campaigns
      </Button>
      {c && can('campaigns.manage') ? (
        <>
          <Button variant="default" onClick={() => archive.mutate({ id: c.id, archived: !c.archivedAt }, { onError: notifyFailure('The campaign could not be changed') })}>
            {c.archivedAt ? 'Restore' : 'Archive'}
          </Button>
          <Button onClick={open}>Edit campaign</Button>
        </>
      ) : null}
    </Group>
  );
  return (
    <Stack maw={1100}>
      <PageHeader title={c?.name ?? 'Campaign'} description={c?.goal ?? undefined} action={actions} />
      <FormError error={campaign.error} title="The campaign could not be loaded" />
      {!c ? (
        <Skeleton h={160} />
      ) : (
        <>
          <Card withBorder padding="sm">
            <Group gap="xl">
              <Text size="sm">{campaignDates(c.startsOn, c.endsOn)}</Text>
              <Text size="sm">Budget {formatMoney(c.budgetMinor, c.currency)}</Text>
              <Text size="sm">Cost {formatMoney(c.costMinor, c.currency)}</Text>
              <Text size="sm" c="dimmed">
                UTM:{' '}
                {Object.entries(c.utm)
                  .map(([k, v]) => `utm_${k}=${v}`)
                  .join(' · ') || 'defaults'}
              </Text>
            </Group>
          </Card>
          <CampaignStats campaignId={c.id} />
          <Title order={2} size="h4">
            Posts
          </Title>
          <ListCard
            items={posts.data}
            empty={
              <Text size="sm" c="dimmed">
                No post belongs to this campaign yet; pick it in the composer.
              </Text>
            }
          >
            {(items) => <PostsTable posts={items} linkTo={(p) => `/w/${workspace.id}/posts/${p.id}`} />}
          </ListCard>
          {editing ? <CampaignModal campaign={c} opened={editing} onClose={close} /> : null}
        </>
      )}
    </Stack>
  );
}
