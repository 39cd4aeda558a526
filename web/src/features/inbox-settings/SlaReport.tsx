// The SLA report for a period: for each clock, how many responses or resolutions were measured,
// their average on the clock and in business hours, and how many warnings and breaches were
// stored. Sums of stored events, never a replay.
import { Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SlaReportStats } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useLastDays } from '../../ui/useLastDays.ts';
import { formatSeconds } from './duration.ts';
import { useSlaReport } from './useSlaPolicies.ts';

const periods = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
];

function Figure({ title, stats, warnings, breaches, meaning }: { title: string; stats: SlaReportStats; warnings: number; breaches: number; meaning: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {formatSeconds(stats.avgBusinessSeconds)}
      </Text>
      <Text size="xs" c="dimmed">
        average in business hours · {formatSeconds(stats.avgSeconds)} on the clock
      </Text>
      <Group gap="md" mt="xs">
        <Text size="sm">{stats.count} measured</Text>
        <Text size="sm" c={warnings ? 'orange' : undefined}>
          {warnings} warned
        </Text>
        <Text size="sm" c={breaches ? 'red' : undefined}>
          {breaches} breached
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {meaning}
      </Text>
    </Card>
  );
}

export function SlaReport({ workspaceId }: { workspaceId: string }) {
  const [days, setDays] = useState('30');
  const range = useLastDays(Number(days));
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
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Figure title="First response" stats={r.firstResponse} warnings={r.warnings.first_response} breaches={r.breaches.first_response} meaning="First human reply − conversation start." />
            <Figure title="Next responses" stats={r.reply} warnings={r.warnings.next_response} breaches={r.breaches.next_response} meaning="Each later reply − the time the person started waiting." />
            <Figure title="Resolution" stats={r.resolution} warnings={r.warnings.resolution} breaches={r.breaches.resolution} meaning="Resolved − created." />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            In the period: {r.breaches.total} breaches and {r.warnings.total} warnings in all. Each time is stored once when it happens, with its value on the clock and within the policy's business hours, so these figures are sums of stored events; a breach is counted when the target passes, a time when the response or resolution happens.
          </Text>
        </Stack>
      )}
    </Card>
  );
}
