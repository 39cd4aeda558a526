// Posts > Import: a CSV file is checked first (a dry run lists every row's errors, nothing is
// stored), then imported, optionally without its bad rows, while a bar shows the job's progress.
import { Anchor, Button, Card, Checkbox, Code, EmptyState, FileInput, Group, Stack, Title } from '@mantine/core';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { ListCard } from '../../../ui/ListCard.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../../workspaces/useCurrentWorkspace.ts';
import { ImportCheckReport } from './ImportCheckReport.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { RecentImportsTable } from './RecentImportsTable.tsx';
import type { ImportReport } from './types.ts';
import { useRecentImports, useStartImport } from './usePostImports.ts';

type CsvFile = { picked: File; name: string; content: string };

export function ImportPostsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const start = useStartImport(workspace.id);
  const recent = useRecentImports(workspace.id);
  const [file, setFile] = useState<CsvFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);

  const choose = async (picked: File | null) => {
    setReport(null);
    start.reset();
    setFile(picked ? { picked, name: picked.name, content: await picked.text() } : null);
  };
  const run = (dryRun: boolean) =>
    file &&
    start.mutate({ fileName: file.name, content: file.content, dryRun, skipInvalidRows: skipInvalid }, {
      onSuccess: (answer) => {
        if (answer.id) {
          setImportId(answer.id);
          setReport(null);
          setFile(null);
        } else setReport(answer);
      },
    });
  const bad = report ? report.totalRows - report.validRows : 0;
  const canImport = Boolean(report) && report!.validRows > 0 && (bad === 0 || skipInvalid);

  return (
    <Stack maw={1100}>
      <PageHeader title="Import posts" description={<>A CSV file with the columns <Code>text</Code>, <Code>channels</Code> (names, separated by ;) and optionally <Code>time</Code>, <Code>media</Code>, <Code>labels</Code>, <Code>campaign</Code>. Times are read in the workspace time zone ({workspace.timeZone}).</>} action={<Anchor component={Link} to={`/w/${workspace.id}/posts`}>Back to posts</Anchor>} />
      {can('posts.write') ? (
        <Card withBorder>
          <Stack>
            <Group align="flex-end">
              <FileInput label="CSV file" placeholder="Choose a .csv file" accept=".csv,text/csv" w={360} clearable leftSection={<IconUpload size={16} />} value={file?.picked ?? null} onChange={(f) => void choose(f)} />
            </Group>
            <Group>
              <Button variant="default" disabled={!file} loading={start.isPending && start.variables?.dryRun} onClick={() => run(true)}>
                Check file (dry run)
              </Button>
              {report && bad > 0 ? <Checkbox label="Skip the rows with errors" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} /> : null}
              <Button disabled={!canImport} loading={start.isPending && !start.variables?.dryRun} onClick={() => run(false)}>
                Import {report ? `${report.validRows} rows` : ''}
              </Button>
            </Group>
            <FormError error={start.error} title="The file could not be imported" />
            {report ? <ImportCheckReport report={report} /> : null}
          </Stack>
        </Card>
      ) : null}
      {importId ? (
        <Card withBorder aria-label="Import progress" component="section">
          <ImportProgress workspaceId={workspace.id} importId={importId} />
        </Card>
      ) : null}
      <Title order={2} size="h4">
        Recent imports
      </Title>
      <FormError error={recent.error} title="Recent imports could not be loaded" />
      <ListCard items={recent.data} empty={<EmptyState size="sm" icon={<IconFileImport />} title="No imports yet" />}>
        {(items) => <RecentImportsTable imports={items} onShow={setImportId} />}
      </ListCard>
    </Stack>
  );
}
