// Create or edit a saved reply: its name, the shortcut typed after "/" in the reply box, and the
// body with variables.
import { Code, Group, Modal, Stack, Table, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { SavedReply } from '../../api/inbox-settings-types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { replyVariables, unknownVariables } from './reply-variables.ts';
import { useCreateSavedReply, useUpdateSavedReply } from './useSavedReplies.ts';

export function SavedReplyModal({ workspaceId, reply, opened, onClose }: { workspaceId: string; reply?: SavedReply; opened: boolean; onClose: () => void }) {
  const create = useCreateSavedReply(workspaceId);
  const update = useUpdateSavedReply(workspaceId);
  const mutation = reply ? update : create;
  const [name, setName] = useState(reply?.name ?? '');
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const errors = fieldErrorsOf(mutation.error);
  const unknown = unknownVariables(body);
  // The server's rule: 1 to 40 letters, digits, - or _, starting with a letter or digit.
  const badShortcut = shortcut.trim() !== '' && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(shortcut.trim().replace(/^\//, ''));
  // Clicking a variable puts it where the cursor is.
  const insert = (variable: string) => {
    const el = bodyRef.current;
    const at = el?.selectionStart ?? body.length;
    const text = `{{${variable}}}`;
    setBody(body.slice(0, at) + text + body.slice(el?.selectionEnd ?? at));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + text.length, at + text.length);
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { name: name.trim(), shortcut: shortcut.trim().replace(/^\//, ''), body };
    if (reply) update.mutate({ id: reply.id, input }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={reply ? `Edit “${reply.name}”` : 'New saved reply'} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} maxLength={200} data-autofocus />
            <TextInput label="Shortcut" description="Typed after / in the reply box" required leftSection={<Text size="sm">/</Text>} value={shortcut} onChange={(e) => setShortcut(e.currentTarget.value.replace(/\s/g, '-'))} error={errors.shortcut ?? (badShortcut ? 'Letters, digits, - or _ (at most 40)' : undefined)} maxLength={41} />
          </Group>
          <Textarea
            ref={bodyRef}
            label="Body"
            required
            autosize
            minRows={4}
            maxRows={14}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.body ?? (unknown.length ? `Unknown variable${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` : undefined)}
          />
          <Stack gap={4} component="section" aria-label="Variables">
            <Text size="sm" fw={500}>
              Variables
            </Text>
            <Text size="xs" c="dimmed">
              Filled in when the reply is inserted; the text can still be edited before it is sent. Click one to insert it.
            </Text>
            <Table withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                {replyVariables.map((v) => (
                  <Table.Tr key={v.name}>
                    <Table.Td w={200}>
                      <UnstyledButton onClick={() => insert(v.name)} aria-label={`Insert ${v.name}`}>
                        <Code>{`{{${v.name}}}`}</Code>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{v.means}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          <FormError error={formLevelError(mutation.error)} />
          <DialogFormButtons onCancel={onClose} loading={mutation.isPending} disabled={!name.trim() || !shortcut.trim() || !body.trim() || badShortcut || unknown.length > 0}>
            {reply ? 'Save' : 'Create saved reply'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
