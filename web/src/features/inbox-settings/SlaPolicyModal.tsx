// Create or edit an SLA policy: its targets, when the clock runs, when to warn, and whether new
// conversations get it by default.
import { Divider, Group, Modal, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { SlaPolicy, SlaPolicyInput } from '../../api/inbox-settings-types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { badRangeDay, BusinessHoursEditor, officeHours } from './BusinessHoursEditor.tsx';
import { formatMinutes } from './duration.ts';
import { HolidaysInput } from './HolidaysInput.tsx';
import { useCreateSlaPolicy, useUpdateSlaPolicy } from './useSlaPolicies.ts';

const blank = (timeZone: string): SlaPolicyInput => ({
  name: '',
  firstResponseMinutes: 60,
  nextResponseMinutes: 240,
  resolutionMinutes: 2880,
  businessHours: officeHours(timeZone),
  holidays: [],
  warnBeforeMinutes: 15,
  isDefault: false,
});
const inputOf = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: SlaPolicy): SlaPolicyInput => rest;

function Target({ label, description, value, onChange, error }: { label: string; description: string; value: number | null; onChange: (v: number | null) => void; error?: string }) {
  return (
    <NumberInput
      label={label}
      description={value ? `${description} · ${formatMinutes(value)}` : `${description} · no target`}
      placeholder="No target"
      suffix=" min"
      min={1}
      max={525_600}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : Number(v))}
      error={error}
    />
  );
}

export function SlaPolicyModal({ workspaceId, timeZone, policy, opened, onClose }: { workspaceId: string; timeZone: string; policy?: SlaPolicy; opened: boolean; onClose: () => void }) {
  const create = useCreateSlaPolicy(workspaceId);
  const update = useUpdateSlaPolicy(workspaceId);
  const mutation = policy ? update : create;
  const [value, setValue] = useState<SlaPolicyInput>(() => (policy ? inputOf(policy) : blank(timeZone)));
  const set = <K extends keyof SlaPolicyInput>(key: K) => (v: SlaPolicyInput[K]) => setValue((x) => ({ ...x, [key]: v }));
  const errors = fieldErrorsOf(mutation.error);
  const badDay = badRangeDay(value.businessHours);
  const noTarget = value.firstResponseMinutes === null && value.nextResponseMinutes === null && value.resolutionMinutes === null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (badDay || noTarget) return;
    const input = { ...value, name: value.name.trim() };
    if (policy) update.mutate({ id: policy.id, input }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={policy ? `Edit “${policy.name}”` : 'New SLA policy'} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" required value={value.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} maxLength={200} data-autofocus />
          <Divider label="Targets, in business time" labelPosition="left" />
          <Group grow align="flex-start" wrap="wrap">
            <Target label="First response" description="From the first message to the first human reply" value={value.firstResponseMinutes} onChange={set('firstResponseMinutes')} error={errors.firstResponseMinutes} />
            <Target label="Next response" description="From each unanswered message to the reply" value={value.nextResponseMinutes} onChange={set('nextResponseMinutes')} error={errors.nextResponseMinutes} />
            <Target label="Resolution" description="From the start to resolved" value={value.resolutionMinutes} onChange={set('resolutionMinutes')} error={errors.resolutionMinutes} />
          </Group>
          {noTarget ? (
            <Text size="sm" c="red">
              Set at least one target.
            </Text>
          ) : null}
          <NumberInput
            label="Warn before a breach"
            description="The assignee (or the team) is warned this long before a target is missed."
            suffix=" min"
            min={0}
            max={10_080}
            allowDecimal={false}
            value={value.warnBeforeMinutes}
            onChange={(v) => set('warnBeforeMinutes')(v === '' ? 0 : Number(v))}
            error={errors.warnBeforeMinutes}
            maw={300}
          />
          <Divider label="When the clock runs" labelPosition="left" />
          <BusinessHoursEditor value={value.businessHours} onChange={set('businessHours')} defaultTimeZone={timeZone} />
          {badDay ? (
            <Text size="sm" c="red">
              {badDay}: each range must close after it opens.
            </Text>
          ) : null}
          <HolidaysInput value={value.holidays} onChange={set('holidays')} />
          <Divider />
          <Switch
            label="Default policy"
            description="New conversations get this policy unless a rule gives them another. Only one policy is the default."
            checked={value.isDefault}
            onChange={(e) => set('isDefault')(e.currentTarget.checked)}
          />
          <FormError error={formLevelError(mutation.error)} />
          <DialogFormButtons onCancel={onClose} loading={mutation.isPending} disabled={!value.name.trim()}>
            {policy ? 'Save policy' : 'Create policy'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
