// People: one record per human across networks, searched and filtered, read as you scroll.
import { Button, EmptyState, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconGitMerge, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { InfiniteScroll } from '../../ui/InfiniteScroll.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { PeopleFilters } from './PeopleFilters.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { noPeopleFilters, usePeople } from './usePeople.ts';

export function PeoplePage() {
  const { workspace, can } = useCurrentWorkspace();
  const [filters, setFilters] = useState(noPeopleFilters);
  // Wait for typing to pause before asking the server.
  const [debounced] = useDebouncedValue(filters, 300);
  const people = usePeople(workspace.id, debounced);
  const action = can('people.merge') ? (
    <Button component={Link} to={`/w/${workspace.id}/people/merge-suggestions`} variant="default" leftSection={<IconGitMerge size={18} />}>
      Merge suggestions
    </Button>
  ) : null;
  return (
    <Stack maw={1200}>
      <PageHeader title="People" description="Everyone who wrote to you or about you, one record per person across every network, with their identities, tags and history." action={action} />
      <PeopleFilters value={filters} onChange={setFilters} />
      <FormError error={people.error} title="People could not be loaded" />
      <ListCard
        items={people.data?.pages.flatMap((p) => p.items)}
        empty={<EmptyState size="sm" icon={<IconUsers />} title="No people" description="Nobody matches these filters. People appear here as messages arrive from your channels." />}
      >
        {(items) => <PeopleTable people={items} workspaceId={workspace.id} />}
      </ListCard>
      <InfiniteScroll query={people} label="people" />
    </Stack>
  );
}
