// The SLA report for a period: for each kind of target, how many were measured, how many were
// missed, and the average time on the clock and in business hours. Sums of stored events.
import { Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { SlaReportMetric } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { formatSeconds } from './duration.ts';
import { useSlaReport } from './useSlaPolicies.ts';

const periods = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
];

function Figure({ title, metric, meaning }: { title: string; metric: SlaReportMetric | undefined; meaning: string }) {
  const met = metric && metric.count > 0 ? Math.round(((metric.count - metric.breached) / metric.count) * 100) : null;
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {met === null ? '–' : `${met}% on time`}
      </Text>
      <Stack gap={0} mt={4}>
        <Text size="xs" c="dimmed">
          {metric ? `${metric.count} measured, ${metric.breached} missed` : 'No data'}
        </Text>
        <Text size="xs" c="dimmed">
          Average {formatSeconds(metric?.averageSeconds)} · {formatSeconds(metric?.averageBusinessSeconds)} in business hours
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {meaning}
        </Text>
      </Stack>
    </Card>
  );
}

export function SlaReport({ workspaceId }: { workspaceId: string }) {
  const [days, setDays] = useState('30');
  // Whole minutes, so the range (and the query key) stays put between renders.
  const range = useMemo(() => {
    const to = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    return { from: new Date(to.getTime() - Number(days) * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
  const report = useSlaReport(workspaceId, range);
  const r = report.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sla-report-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="sla-report-title">
          SLA report
        </Title>
        <SegmentedControl size="xs" data={periods} value={days} onChange={setDays} aria-label="Period" />
      </Group>
      <FormError error={report.error} title="The report could not be loaded" />
      {!r ? (
        report.error ? null : <Skeleton h={120} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Figure title="First response" metric={r.firstResponse} meaning="First human reply − conversation start." />
            <Figure title="Replies" metric={r.reply} meaning="Each reply − the time the person started waiting." />
            <Figure title="Resolution" metric={r.resolution} meaning="Resolved − created." />
          </SimpleGrid>
          {r.warnings !== undefined || r.breaches !== undefined ? (
            <Text size="xs" c="dimmed" mt="sm">
              {r.warnings ?? 0} breach warnings and {r.breaches ?? 0} breaches in the period. On time = (measured − missed) / measured; averages are over the measured ones.
            </Text>
          ) : (
            <Text size="xs" c="dimmed" mt="sm">
              On time = (measured − missed) / measured; averages are over the measured ones.
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
