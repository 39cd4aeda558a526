// Notes the team keeps about the person (not about one conversation), newest first, and a box
// to add one. The people pages share its data (same queries), so a note shows on both.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PersonNote } from '../../api/people-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useAddNote } from '../people/usePerson.ts';

/** `notes`: the profile's, newest first as the server sends them. */
type Props = { workspaceId: string; personId: string; notes: PersonNote[]; canWrite: boolean };

export function PersonNotes({ workspaceId, personId, notes, canWrite }: Props) {
  const [body, setBody] = useState('');
  const add = useAddNote(workspaceId, personId);
  const submit = () => {
    if (!body.trim()) return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Stack gap="xs">
      {canWrite ? (
        <Stack gap={4}>
          <Textarea
            size="xs"
            aria-label="Note about this person"
            placeholder="Add a note about this person"
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <Group justify="flex-end">
            <Button size="compact-xs" variant="light" onClick={submit} disabled={!body.trim()} loading={add.isPending}>
              Add note
            </Button>
          </Group>
          <FormError error={add.error} />
        </Stack>
      ) : null}
      {notes.length === 0 ? (
        <Text size="xs" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label="Notes about the person">
          {notes.map((n) => (
            <div key={n.id} role="listitem" className="inbox-person-note">
              <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {n.body}
              </Text>
              <Text size="xs" c="dimmed">
                {n.authorName ? `${n.authorName} · ` : ''}
                {formatDateTime(n.createdAt)}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
