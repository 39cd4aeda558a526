// One approval step being edited: its name, where it applies, who approves and how many must.
import { ActionIcon, Card, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ApprovalMode, ApprovalStepInput } from './types.ts';

export type StepDraft = ApprovalStepInput & { key: string };
export type StepErrors = { name?: string; approverIds?: string };

/** What the API would refuse in a step, said before it is sent. */
export const stepErrors = (s: StepDraft): StepErrors | undefined =>
  s.name.trim() && s.approverIds.length > 0 ? undefined : { name: s.name.trim() ? undefined : 'Give the step a name', approverIds: s.approverIds.length ? undefined : 'Pick at least one approver' };
type Option = { value: string; label: string };
type Props = {
  step: StepDraft;
  index: number;
  count: number;
  channels: Option[];
  approvers: Option[];
  readOnly: boolean;
  errors?: StepErrors;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

const WORKSPACE = 'workspace';

export function ApprovalStepEditor({ step, index, count, channels, approvers, readOnly, errors, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  return (
    <Card withBorder component="li" aria-label={`Step ${n}: ${step.name || 'unnamed'}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            Step {n}
          </Text>
          {readOnly ? null : (
            <Group gap={4}>
              <ActionIcon variant="subtle" aria-label={`Move step ${n} up`} disabled={index === 0} onClick={() => onMove(-1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={`Move step ${n} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={`Remove step ${n}`} onClick={onRemove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Name" placeholder="e.g. Client sign-off" required maxLength={100} readOnly={readOnly} value={step.name} onChange={(e) => onChange({ ...step, name: e.currentTarget.value })} error={errors?.name} />
          <Select
            label="Applies to"
            allowDeselect={false}
            readOnly={readOnly}
            data={[{ value: WORKSPACE, label: 'Every post of the workspace' }, ...channels.map((c) => ({ value: c.value, label: `Posts to ${c.label}` }))]}
            value={step.channelId ?? WORKSPACE}
            onChange={(v) => onChange({ ...step, channelId: !v || v === WORKSPACE ? null : v })}
          />
        </Group>
        <MultiSelect
          label="Approvers"
          description="Members whose role can approve posts"
          placeholder={step.approverIds.length ? undefined : 'Pick at least one'}
          searchable
          readOnly={readOnly}
          data={approvers}
          value={step.approverIds}
          error={errors?.approverIds}
          onChange={(ids) => onChange({ ...step, approverIds: ids })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`mode-${step.key}`}>
            Who must approve
          </Text>
          <SegmentedControl
            aria-labelledby={`mode-${step.key}`}
            readOnly={readOnly}
            value={step.mode}
            onChange={(v) => onChange({ ...step, mode: v as ApprovalMode })}
            data={[
              { value: 'any', label: 'Any one approver' },
              { value: 'all', label: 'Every approver' },
            ]}
          />
        </Stack>
      </Stack>
    </Card>
  );
}
