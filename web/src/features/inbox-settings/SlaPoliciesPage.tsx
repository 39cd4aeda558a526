// Settings > Inbox > SLA: the policies whose timers run on each conversation, and how the team did.
import { Badge, Button, Card, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { SlaPolicy } from '../../api/inbox-settings-types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { formatMinutes } from './duration.ts';
import { SlaPolicyModal } from './SlaPolicyModal.tsx';
import { SlaReport } from './SlaReport.tsx';
import { useDeleteSlaPolicy, useSlaPolicies } from './useSlaPolicies.ts';

const target = (label: string, minutes: number | null) => (minutes === null ? null : `${label} ${formatMinutes(minutes)}`);

function describe(p: SlaPolicy): string {
  const targets = [target('first response', p.firstResponseMinutes), target('next response', p.nextResponseMinutes), target('resolution', p.resolutionMinutes)].filter(Boolean).join(', ');
  const days = p.businessHours ? Object.values(p.businessHours.week).filter((r) => r && r.length > 0).length : 7;
  const clock = p.businessHours ? `business hours (${days} days a week, ${p.businessHours.timeZone})` : 'around the clock';
  return `${targets || 'no targets'}; ${clock}; warns ${p.warnBeforeMinutes} min before${p.holidays.length ? `; ${p.holidays.length} ${p.holidays.length === 1 ? 'holiday' : 'holidays'}` : ''}`;
}

export function SlaPoliciesPage() {
  const { workspace, can } = useCurrentWorkspace();
  const policies = useSlaPolicies(workspace.id);
  const remove = useDeleteSlaPolicy(workspace.id);
  const editable = can('inbox.configure');
  const [editing, setEditing] = useState<SlaPolicy | null | undefined>(undefined);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          A policy sets how fast the team answers and resolves. Its timers run on each conversation in business time; a warning goes out before a target is missed, and every response, resolution, warning and breach is stored for the report.
        </Text>
        {editable ? (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
            New SLA policy
          </Button>
        ) : null}
      </Group>
      <FormError error={policies.error ?? remove.error} title={policies.error ? 'SLA policies could not be loaded' : 'The policy was not deleted'} />
      {!policies.data ? (
        <Skeleton h={100} />
      ) : policies.data.length === 0 ? (
        <Card withBorder>
          <EmptyState size="sm" icon={<IconClockExclamation />} title="No SLA policies" description="Without a policy, conversations have no timers." />
        </Card>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="SLA policies">
          {policies.data.map((p) => (
            <Card key={p.id} withBorder padding="md" component="li" aria-label={p.name}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Text fw={500} size="sm">
                      {p.name}
                    </Text>
                    {p.isDefault ? (
                      <Badge size="sm" variant="light">
                        Default
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {describe(p)}
                  </Text>
                </Stack>
                {editable ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                      Edit
                    </Button>
                    <ConfirmButton aria-label={`Delete ${p.name}`} title={`Delete “${p.name}”?`} message="Conversations not yet resolved lose its timers; events already stored stay in the report." confirmLabel="Delete" onConfirm={() => remove.mutateAsync(p.id)}>
                      Delete
                    </ConfirmButton>
                  </Group>
                ) : null}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <SlaReport workspaceId={workspace.id} />
      {editing !== undefined ? <SlaPolicyModal workspaceId={workspace.id} timeZone={workspace.timeZone} policy={editing ?? undefined} opened onClose={() => setEditing(undefined)} /> : null}
    </Stack>
  );
}
