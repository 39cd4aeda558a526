// The dry run's answer: how many rows would become posts, and every row's errors.
import { Alert, Stack } from '@mantine/core';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import type { ImportReport } from './types.ts';

export function ImportCheckReport({ report }: { report: ImportReport }) {
  const bad = report.totalRows - report.validRows;
  return (
    <Stack gap="xs" aria-label="Dry run report" role="region">
      <Alert variant="light" color={bad === 0 ? 'green' : 'yellow'} title={bad === 0 ? 'The file is ready to import' : 'Some rows have errors'}>
        {report.validRows} of {report.totalRows} rows can be imported{bad > 0 ? `; ${bad} cannot (${report.errors.length} errors below).` : '.'}
      </Alert>
      {report.errors.length > 0 ? <RowErrorsTable errors={report.errors} label="Dry run row errors" /> : null}
    </Stack>
  );
}
