// Before and after of one audit entry, field by field, with changed fields marked.
import { Code, Table, Text } from '@mantine/core';

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null || value === undefined ? {} : { value };

const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (fields.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No details were recorded for this change.
      </Text>
    );
  }
  return (
    <Table withTableBorder withColumnBorders fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => {
          const changed = JSON.stringify(b[field]) !== JSON.stringify(a[field]);
          return (
            <Table.Tr key={field} className={changed ? 'audit-changed' : undefined}>
              <Table.Td>
                <Code>{field}</Code>
                {changed ? <span className="visually-hidden"> (changed)</span> : null}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }} c={changed ? 'red' : undefined}>
                {show(b[field])}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }} c={changed ? 'teal' : undefined}>
                {show(a[field])}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
