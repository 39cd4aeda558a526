// A running import: a progress bar polled from the server until the job is done, then what it made.
import { Alert, Progress, Stack, Text } from '@mantine/core';
import { FormError } from '../../../ui/FormError.tsx';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import { useImportProgress } from './usePostImports.ts';

export function ImportProgress({ workspaceId, importId }: { workspaceId: string; importId: string }) {
  const progress = useImportProgress(workspaceId, importId);
  const imp = progress.data;
  if (!imp) return <FormError error={progress.error} title="The import's progress could not be read" />;
  const percent = imp.totalRows === 0 ? 100 : Math.round((imp.processedRows / imp.totalRows) * 100);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {imp.fileName}: {imp.processedRows} of {imp.totalRows} rows, {imp.createdPosts} posts created
      </Text>
      <Progress.Root size="lg">
        <Progress.Section value={percent} animated={!['done', 'failed'].includes(imp.state)} color={imp.state === 'failed' ? 'red' : undefined} aria-label={`Import progress ${percent}%`} />
      </Progress.Root>
      {imp.state === 'done' ? <Alert color="green" variant="light">Import done: {imp.createdPosts} posts created.</Alert> : null}
      {imp.state === 'failed' ? <Alert color="red" variant="light">The import stopped before the end.</Alert> : null}
      {imp.errors.length > 0 ? <RowErrorsTable errors={imp.errors} label="Rows not imported" /> : null}
    </Stack>
  );
}
