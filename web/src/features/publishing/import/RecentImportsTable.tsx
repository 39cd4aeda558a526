// The workspace's recent CSV imports, newest first; choosing one shows its progress and errors.
import { Badge, Button, Table } from '@mantine/core';
import { formatDateTime } from '../../../ui/format.ts';
import type { ImportState, PostImport } from './types.ts';

const stateColors: Record<ImportState, string> = { dry_run: 'gray', queued: 'blue', running: 'blue', done: 'green', failed: 'red' };
const stateLabels: Record<ImportState, string> = { dry_run: 'Dry run', queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' };

export function RecentImportsTable({ imports, onShow }: { imports: PostImport[]; onShow: (id: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Recent imports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th ta="right">Rows</Table.Th>
            <Table.Th ta="right">Posts</Table.Th>
            <Table.Th ta="right">Errors</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((imp) => (
            <Table.Tr key={imp.id ?? imp.createdAt}>
              <Table.Td>{imp.fileName}</Table.Td>
              <Table.Td>{formatDateTime(imp.createdAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={stateColors[imp.state]}>
                  {stateLabels[imp.state]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {imp.processedRows} / {imp.totalRows}
              </Table.Td>
              <Table.Td ta="right">{imp.createdPosts}</Table.Td>
              <Table.Td ta="right">{imp.errors.length}</Table.Td>
              <Table.Td ta="right">
                {imp.id ? (
                  <Button size="xs" variant="subtle" aria-label={`Show import ${imp.fileName} of ${formatDateTime(imp.createdAt)}`} onClick={() => onShow(imp.id!)}>
                    Show
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
