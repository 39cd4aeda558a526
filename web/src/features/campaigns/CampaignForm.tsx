// The fields of a campaign: name and goal, dates, budget and cost, and the UTM template added to
// every link of its posts ({channel} and {network} are replaced per channel).
import { Fieldset, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { toMajor, toMinor } from './money.ts';
import type { CampaignInput, Utm } from './types.ts';

type Props = { value: CampaignInput; onChange: (value: CampaignInput) => void; errors: Record<string, string> };

const utmFields: { key: keyof Utm; label: string; placeholder: string }[] = [
  { key: 'source', label: 'utm_source', placeholder: '{network}' },
  { key: 'medium', label: 'utm_medium', placeholder: 'social' },
  { key: 'campaign', label: 'utm_campaign', placeholder: 'spring-launch' },
  { key: 'content', label: 'utm_content', placeholder: '{channel}' },
];

export function CampaignForm({ value, onChange, errors }: Props) {
  const set = (patch: Partial<CampaignInput>) => onChange({ ...value, ...patch });
  return (
    <Stack>
      <TextInput label="Name" required data-autofocus maxLength={200} value={value.name} error={errors.name} onChange={(e) => set({ name: e.currentTarget.value })} />
      <Textarea label="Goal" autosize minRows={2} value={value.goal ?? ''} error={errors.goal} onChange={(e) => set({ goal: e.currentTarget.value || null })} />
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Starts on" value={value.startsOn ?? ''} error={errors.startsOn} onChange={(e) => set({ startsOn: e.currentTarget.value || null })} />
        <TextInput type="date" label="Ends on" value={value.endsOn ?? ''} error={errors.endsOn} onChange={(e) => set({ endsOn: e.currentTarget.value || null })} />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <NumberInput label="Budget" min={0} decimalScale={2} value={toMajor(value.budgetMinor)} error={errors.budgetMinor} onChange={(v) => set({ budgetMinor: toMinor(v) })} />
        <NumberInput label="Cost so far" min={0} decimalScale={2} value={toMajor(value.costMinor)} error={errors.costMinor} onChange={(v) => set({ costMinor: toMinor(v) ?? 0 })} />
        <TextInput label="Currency" maxLength={3} value={value.currency} error={errors.currency} onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })} />
      </SimpleGrid>
      <Fieldset legend="UTM parameters" variant="unstyled">
        <SimpleGrid cols={2}>
          {utmFields.map((f) => (
            <TextInput key={f.key} label={f.label} placeholder={f.placeholder} value={value.utm[f.key] ?? ''} onChange={(e) => set({ utm: { ...value.utm, [f.key]: e.currentTarget.value } })} />
          ))}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
