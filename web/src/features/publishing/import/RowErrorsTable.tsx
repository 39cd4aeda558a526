// Every row error of an import: which row, which column, the code and what is wrong.
import { Code, Table } from '@mantine/core';
import type { ImportRowError } from './types.ts';

export function RowErrorsTable({ errors, label = 'Row errors' }: { errors: ImportRowError[]; label?: string }) {
  return (
    <Table.ScrollContainer minWidth={600} mah={400}>
      <Table striped verticalSpacing={6} aria-label={label} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Row</Table.Th>
            <Table.Th w={120}>Field</Table.Th>
            <Table.Th w={180}>Code</Table.Th>
            <Table.Th>Message</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={`${e.row}-${e.field}-${i}`}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{e.field}</Table.Td>
              <Table.Td>
                <Code>{e.code}</Code>
              </Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
