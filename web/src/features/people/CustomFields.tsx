// The person's custom fields (plan, company, city ...), edited in place. Fields edited here are
// marked manual on the server, so a sync from the networks never overwrites them.
import { ActionIcon, Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconHandStop, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Person } from '../../api/people-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useUpdatePerson } from './usePerson.ts';

type Row = { key: string; value: string; original: unknown };

const show = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value));
const rowsOf = (fields: Record<string, unknown>): Row[] => Object.entries(fields).map(([key, value]) => ({ key, value: show(value), original: value }));
// An untouched value goes back as it came (a number stays a number); an edited one is text.
const valueOf = (row: Row) => (show(row.original) === row.value ? row.original : row.value);
const isManual = (person: Person, key: string) => person.manualFields.includes('customFields') || person.manualFields.includes(`customFields.${key}`);

export function CustomFields({ workspaceId, person, editable }: { workspaceId: string; person: Person; editable: boolean }) {
  const update = useUpdatePerson(workspaceId, person.id);
  const [rows, setRows] = useState<Row[] | null>(null);
  const entries = Object.entries(person.customFields);
  const keys = rows?.map((r) => r.key.trim()) ?? [];
  const duplicate = keys.find((k, i) => k && keys.indexOf(k) !== i);
  const save = () => {
    if (!rows || duplicate) return;
    const customFields = Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), valueOf(r)]));
    update.mutate({ customFields }, { onSuccess: () => setRows(null) });
  };
  const set = (index: number, patch: Partial<Row>) => setRows((r) => r && r.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="custom-fields-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="custom-fields-title">
          Custom fields
        </Title>
        {editable && !rows ? (
          <Button size="xs" variant="default" onClick={() => setRows(rowsOf(person.customFields))}>
            Edit fields
          </Button>
        ) : null}
      </Group>
      <Alert color="gray" variant="light" icon={<IconHandStop size={16} />} mb="sm" p="xs">
        <Text size="xs">Fields edited by hand are kept when networks sync: a sync fills in what it knows but never overwrites what a teammate typed.</Text>
      </Alert>
      {rows ? (
        <Stack gap="xs">
          {rows.map((row, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput aria-label={`Field ${i + 1} name`} placeholder="Name" value={row.key} onChange={(e) => set(i, { key: e.currentTarget.value })} w={160} maxLength={50} error={duplicate && row.key.trim() === duplicate ? 'Used twice' : undefined} />
              <TextInput aria-label={`Field ${i + 1} value`} placeholder="Value" value={row.value} onChange={(e) => set(i, { value: e.currentTarget.value })} style={{ flex: 1 }} />
              <ActionIcon variant="subtle" color="red" mt={6} aria-label={`Remove field ${row.key || i + 1}`} onClick={() => setRows((r) => r && r.filter((_, j) => j !== i))}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setRows((r) => [...(r ?? []), { key: '', value: '', original: undefined }])}>
              Add field
            </Button>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setRows(null)}>
                Cancel
              </Button>
              <Button size="xs" onClick={save} loading={update.isPending} disabled={Boolean(duplicate)}>
                Save fields
              </Button>
            </Group>
          </Group>
          <FormError error={update.error} title="The fields were not saved" />
        </Stack>
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No custom fields.
        </Text>
      ) : (
        <Table aria-label="Custom fields" withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {entries.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Th w="40%" fw={500} fz="sm">
                  {key}
                </Table.Th>
                <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
                  {show(value)}{' '}
                  {isManual(person, key) ? (
                    <Badge size="xs" variant="light" color="gray" ml={4}>
                      Edited by hand
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
