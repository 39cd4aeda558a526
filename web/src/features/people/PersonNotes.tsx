// Teammates' notes on the person: never sent anywhere, newest first, older ones on demand. The
// author deletes their own note (owners and admins any, to clean up after someone left).
import { Button, Card, CloseButton, Group, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../ui/format.ts';
import { FormError } from '../../ui/FormError.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useAddNote, useDeleteNote, useNotes } from './usePerson.ts';

export function PersonNotes({ workspaceId, personId, editable }: { workspaceId: string; personId: string; editable: boolean }) {
  const notes = useNotes(workspaceId, personId);
  const add = useAddNote(workspaceId, personId);
  const remove = useDeleteNote(workspaceId, personId);
  const me = useSignedInSession().user.id;
  const { workspace } = useCurrentWorkspace();
  const cleansUp = workspace.role === 'owner' || workspace.role === 'admin';
  const [body, setBody] = useState('');
  const items = notes.data?.pages.flatMap((p) => p.items);
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
      <FormError error={notes.error} title="Notes could not be loaded" />
      {!items ? (
        notes.error ? null : <Skeleton h={40} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notes">
          {items.map((note) => (
            <Group key={note.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {note.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {note.authorName ?? 'A former teammate'} · {formatDateTime(note.createdAt)}
                </Text>
              </Stack>
              {editable && (note.authorId === me || cleansUp) ? (
                <CloseButton size="sm" aria-label={`Delete the note of ${formatDateTime(note.createdAt)}`} disabled={remove.isPending} onClick={() => remove.mutate(note.id, { onError: notifyFailure('The note was not deleted') })} />
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      <LoadMore query={notes} />
    </Card>
  );
}
