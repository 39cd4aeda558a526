// The audit log: every change made in this workspace, by whom and when, with filters.
import { EmptyState, Stack, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditRow } from './AuditRow.tsx';
import { noFilters, useAuditLog } from './useAuditLog.ts';

export function AuditLogPage() {
  const { workspace, can } = useCurrentWorkspace();
  const [filters, setFilters] = useState(noFilters);
  // Wait for typing to pause before asking the server.
  const [debounced] = useDebouncedValue(filters, 300);
  const log = useAuditLog(workspace.id, debounced);

  if (!can('audit.read')) {
    return <EmptyState mt="xl" icon={<IconHistory />} withIndicatorBackground title="No access to the audit log" description="Owners, admins and analysts can read it." />;
  }
  return (
    <Stack maw={1200}>
      <PageHeader title="Audit log" description={`Every change in ${workspace.name}: who made it, when, and what it was before and after.`} />
      <AuditFilters value={filters} onChange={setFilters} />
      <FormError error={log.error} title="The audit log could not be loaded" />
      <ListCard
        items={log.data?.pages.flatMap((p) => p.items)}
        empty={<EmptyState size="sm" icon={<IconHistory />} title="No entries" description="Nothing matches these filters. Try a wider date range or clear them." />}
      >
        {(entries) => (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Audit entries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <span className="visually-hidden">Details</span>
                  </Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Target</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCard>
      <LoadMore query={log} />
    </Stack>
  );
}
