// Settings > Inbox > Saved replies: the team's canned answers, inserted by shortcut.
import { Alert, Button, Code, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { IconMessageReply, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedReply } from '../../api/inbox-settings-types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { SavedReplyModal } from './SavedReplyModal.tsx';
import { useDeleteSavedReply, useSavedReplies } from './useSavedReplies.ts';

export function SavedRepliesPage() {
  const { can } = useCurrentWorkspace();
  // Reading them is for those who answer (inbox.reply), as the reply box uses them.
  if (!can('inbox.reply')) return <Alert color="gray">Saved replies are for the roles that answer in the inbox.</Alert>;
  return <SavedRepliesList />;
}

function SavedRepliesList() {
  const { workspace, can } = useCurrentWorkspace();
  const replies = useSavedReplies(workspace.id);
  const remove = useDeleteSavedReply(workspace.id);
  const editable = can('inbox.configure');
  // undefined: closed; null: a new one; else the reply being edited.
  const [editing, setEditing] = useState<SavedReply | null | undefined>(undefined);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Type / and the shortcut in the reply box to insert one.
        </Text>
        {editable ? (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
            New saved reply
          </Button>
        ) : null}
      </Group>
      <FormError error={replies.error ?? remove.error} title={replies.error ? 'Saved replies could not be loaded' : 'The saved reply was not deleted'} />
      <ListCard items={replies.data} empty={<EmptyState size="sm" icon={<IconMessageReply />} title="No saved replies yet" description="Save the answers your team writes again and again." />}>
        {(items) => (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label="Saved replies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Shortcut</Table.Th>
                  <Table.Th>Body</Table.Th>
                  {editable ? (
                    <Table.Th>
                      <span className="visually-hidden">Actions</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>/{r.shortcut}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                        {r.body}
                      </Text>
                    </Table.Td>
                    {editable ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button size="xs" variant="subtle" onClick={() => setEditing(r)} aria-label={`Edit ${r.name}`}>
                            Edit
                          </Button>
                          <ConfirmButton aria-label={`Delete ${r.name}`} title={`Delete “${r.name}”?`} message="Replies already sent are not changed." confirmLabel="Delete" onConfirm={() => remove.mutateAsync(r.id)}>
                            Delete
                          </ConfirmButton>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCard>
      {editing !== undefined ? <SavedReplyModal workspaceId={workspace.id} reply={editing ?? undefined} opened onClose={() => setEditing(undefined)} /> : null}
    </Stack>
  );
}
