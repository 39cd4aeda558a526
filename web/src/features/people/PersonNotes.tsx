// Teammates' notes on the person: never sent anywhere, newest first.
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { PersonNote } from '../../api/people-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useAddNote } from './usePerson.ts';

export function PersonNotes({ workspaceId, personId, notes, editable }: { workspaceId: string; personId: string; notes: PersonNote[]; editable: boolean }) {
  const add = useAddNote(workspaceId, personId);
  const [body, setBody] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="notes-title">
      <Title order={2} size="h4" id="notes-title" mb="sm">
        Notes
      </Title>
      {editable ? (
        <form onSubmit={submit}>
          <Stack gap="xs" mb="md">
            <Textarea label="New note" description="Only your team sees notes." autosize minRows={2} maxRows={8} value={body} onChange={(e) => setBody(e.currentTarget.value)} maxLength={10_000} />
            <FormError error={add.error} title="The note was not added" />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
                Add note
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notes">
          {notes.map((note) => (
            <Stack key={note.id} component="li" gap={2}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {note.body}
              </Text>
              <Text size="xs" c="dimmed">
                {note.authorName ?? 'A teammate'} · {formatDateTime(note.createdAt)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
