// Search and filters of the people directory: name or e-mail or handle, tag, network, staff.
import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useConnectors } from '../channels/useChannels.ts';
import { networkOptions } from './networks.ts';
import { noPeopleFilters, type PeopleFilters as Filters } from './usePeople.ts';

type Props = { value: Filters; onChange: (next: Filters) => void };

const staffOptions = [
  { value: 'false', label: 'Not staff' },
  { value: 'true', label: 'Staff only' },
];

export function PeopleFilters({ value, onChange }: Props) {
  const connectors = useConnectors();
  const networks = connectors.data?.map((c) => ({ value: c.id, label: c.displayName })) ?? networkOptions;
  const set = <K extends keyof Filters>(key: K) => (v: Filters[K] | null) => onChange({ ...value, [key]: v ?? '' });
  const active = JSON.stringify(value) !== JSON.stringify(noPeopleFilters);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Search people">
      <TextInput
        label="Search"
        placeholder="Name, e-mail or handle"
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => set('q')(e.currentTarget.value)}
        w={280}
        type="search"
      />
      <TextInput label="Tag" placeholder="Any tag" value={value.tag} onChange={(e) => set('tag')(e.currentTarget.value)} w={160} />
      <Select label="Network" placeholder="Any network" data={networks} value={value.network || null} onChange={(v) => set('network')(v ?? '')} clearable w={180} />
      <Select label="Staff" placeholder="Everyone" data={staffOptions} value={value.staff || null} onChange={(v) => set('staff')((v ?? '') as Filters['staff'])} clearable w={150} />
      <Checkbox label="Waiting in the inbox" checked={value.hasOpenConversation === 'true'} onChange={(e) => set('hasOpenConversation')(e.currentTarget.checked ? 'true' : '')} mb={8} />
      {active ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(noPeopleFilters)}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
