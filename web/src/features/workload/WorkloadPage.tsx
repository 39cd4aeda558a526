// Inbox > Workload: how many open conversations each member holds now against their cap, and
// over time, so that nobody drowns. Members mark themselves away here too.
import { Card, EmptyState, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChartLine } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useLastDays } from '../../ui/useLastDays.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { useInboxSettings } from '../inbox-settings/useInboxSettings.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { LoadBars } from './LoadBars.tsx';
import { useSetAvailability, useWorkload } from './useWorkload.ts';
import { WorkloadChart } from './WorkloadChart.tsx';

const formatBucket = (seconds: number) => (seconds >= 3600 ? `${Math.round(seconds / 360) / 10} h` : `${Math.round(seconds / 60)} min`);

const periods = [
  { value: '1', label: '24 hours' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
];

export function WorkloadPage() {
  const { workspace, can } = useCurrentWorkspace();
  const me = useSignedInSession().user.id;
  const [days, setDays] = useState('7');
  const range = useLastDays(Number(days));
  const workload = useWorkload(workspace.id, range);
  const settings = useInboxSettings(workspace.id);
  const setAvailability = useSetAvailability(workspace.id);
  const data = workload.data;
  const configure = can('inbox.configure');
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Workload"
        description="Each member's open conversations now and over time. Round-robin skips anyone away or at their cap, so an overloaded teammate stops receiving new conversations."
      />
      <FormError error={workload.error} title="The workload could not be loaded" />
      <Card withBorder padding="lg" component="section" aria-labelledby="load-now-title">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4" id="load-now-title">
            Open now
          </Title>
          {configure ? (
            <Text size="sm" component={Link} to={`/w/${workspace.id}/settings/inbox/team`} c="blue">
              Change caps
            </Text>
          ) : null}
        </Group>
        {!data ? (
          <Skeleton h={120} />
        ) : data.members.length === 0 ? (
          <EmptyState size="sm" icon={<IconChartLine />} title="Nobody answers the inbox yet" />
        ) : (
          <LoadBars
            members={data.members}
            busy={setAvailability.isPending ? (setAvailability.variables.userId ?? me) : null}
            canToggle={(userId) => configure || (userId === me && can('inbox.reply'))}
            onToggle={(m, available) =>
              setAvailability.mutate(
                { userId: m.userId === me ? undefined : m.userId, available },
                {
                  onSuccess: () => notifications.show({ color: 'green', message: available ? `${m.name} takes new conversations again` : `${m.name} is away: no new conversations` }),
                  onError: notifyFailure('The availability was not changed'),
                },
              )
            }
          />
        )}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="load-over-time-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="load-over-time-title">
            Open over time
          </Title>
          <SegmentedControl size="xs" data={periods} value={days} onChange={setDays} aria-label="Period" />
        </Group>
        {!data ? <Skeleton h={340} /> : data.series.every((s) => s.points.length === 0) ? <Text size="sm" c="dimmed">No snapshots in this period yet; one is taken every 10 minutes.</Text> : <WorkloadChart workload={data} defaultCap={settings.data?.defaultOpenCap} />}
        <Text size="xs" c="dimmed" mt="sm">
          Open load = the conversations assigned to the member that are open or in one of your own statuses (pending, snoozed and resolved ones do not count: they wait on the person, are set aside or are done), counted now for the bars and every 10 minutes for the lines (each point is the highest count in its {data ? formatBucket(data.bucketSeconds) : 'period'}). Cap = the member's own cap, or the workspace's default{settings.data ? ` (${settings.data.defaultOpenCap})` : ''}; bars turn orange at 80% and red at the cap.
        </Text>
      </Card>
    </Stack>
  );
}
