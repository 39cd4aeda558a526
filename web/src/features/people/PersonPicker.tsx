// Pick a person by typing part of their name, e-mail or handle (searched on the server).
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { PersonListItem } from '../../api/people-types.ts';
import type { Page } from '../../api/types.ts';
import { peopleBase, peopleKey } from './usePeople.ts';

type Props = { workspaceId: string; excludeId: string; value: string | null; onChange: (id: string | null, person: PersonListItem | null) => void; label: string };

export function PersonPicker({ workspaceId, excludeId, value, onChange, label }: Props) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: [...peopleKey(workspaceId), 'picker', q],
    queryFn: () => api.get<Page<PersonListItem>>(peopleBase(workspaceId), { q: q.trim(), limit: 20 }),
  });
  const people = (found.data?.items ?? []).filter((p) => p.id !== excludeId);
  const describe = (p: PersonListItem) => [p.displayName, p.email, p.identities?.find((i) => i.handle)?.handle].filter(Boolean).join(' · ');
  return (
    <Select
      label={label}
      placeholder="Type a name, e-mail or handle"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by what was typed.
      filter={({ options }) => options}
      data={people.map((p) => ({ value: p.id, label: describe(p) }))}
      value={value}
      onChange={(id) => onChange(id, people.find((p) => p.id === id) ?? null)}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'Nobody found'}
      clearable
      data-autofocus
    />
  );
}
