// Filters of the audit log: what happened, who did it, and between which days.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { actionFilterOptions } from './audit-actions.ts';
import { noFilters, type AuditFilters as Filters } from './useAuditLog.ts';

type Props = { value: Filters; onChange: (next: Filters) => void };

export function AuditFilters({ value, onChange }: Props) {
  const set = (key: keyof Filters) => (v: string | null) => onChange({ ...value, [key]: v ?? '' });
  const active = JSON.stringify(value) !== JSON.stringify(noFilters);
  const badRange = value.from && value.to && value.from > value.to;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit log">
      <Select label="Action" placeholder="All actions" data={actionFilterOptions} value={value.action || null} onChange={set('action')} clearable searchable w={230} />
      <TextInput
        label="Actor"
        placeholder="E-mail or token name"
        leftSection={<IconSearch size={16} />}
        value={value.actor}
        onChange={(e) => set('actor')(e.currentTarget.value)}
        w={230}
      />
      <TextInput label="From" type="date" value={value.from} onChange={(e) => set('from')(e.currentTarget.value)} max={value.to || undefined} w={170} />
      <TextInput label="To" type="date" value={value.to} onChange={(e) => set('to')(e.currentTarget.value)} min={value.from || undefined} w={170} error={badRange ? 'Before “From”' : undefined} />
      {active ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(noFilters)}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
