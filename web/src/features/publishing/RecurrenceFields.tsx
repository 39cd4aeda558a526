// Repeat a scheduled post: never, or every day, week or month, a number of times in all (this
// one included) or until stopped.
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import type { Recurrence } from './types.ts';

const options = [
  { value: 'never', label: 'Does not repeat' },
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'Every week' },
  { value: 'monthly', label: 'Every month' },
];

export function RecurrenceFields({ value, onChange }: { value: Recurrence | null; onChange: (value: Recurrence | null) => void }) {
  const setFrequency = (f: string | null) => onChange(!f || f === 'never' ? null : { frequency: f as Recurrence['frequency'], interval: 1, count: value?.count });
  return (
    <SimpleGrid cols={2}>
      <Select label="Repeat" data={options} value={value?.frequency ?? 'never'} onChange={setFrequency} allowDeselect={false} />
      {value ? (
        <NumberInput
          label="Times in all"
          description="Empty: until stopped"
          min={2}
          max={1000}
          value={value.count ?? ''}
          onChange={(n) => onChange({ ...value, count: typeof n === 'number' ? n : undefined })}
        />
      ) : null}
    </SimpleGrid>
  );
}
