// Merge this conversation into another one (the same person writing twice, on one network or
// two): pick the target from the person's open conversations or by searching, then confirm.
// The target keeps both threads; this one closes and points at it.
import { Alert, Button, Group, Modal, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ConversationSummary } from '../../api/inbox-types.ts';
import type { Page } from '../../api/types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { conversationsKey, inboxBase } from './inbox-api.ts';
import { conversationTitle, listTime, statusLabel } from './inbox-labels.ts';
import { useMergeConversation } from './useConversation.ts';

type Props = { opened: boolean; onClose: () => void; workspaceId: string; conversation: ConversationSummary; onMerged: (intoId: string) => void };

export function MergeModal({ opened, onClose, workspaceId, conversation, onMerged }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Merge into another conversation" size="lg">
      {opened ? <MergeForm onClose={onClose} workspaceId={workspaceId} conversation={conversation} onMerged={onMerged} /> : null}
    </Modal>
  );
}

function MergeForm({ onClose, workspaceId, conversation, onMerged }: Omit<Props, 'opened'>) {
  const [q, setQ] = useState(conversation.person?.displayName ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [target, setTarget] = useState<string | null>(null);
  const merge = useMergeConversation(workspaceId);
  const candidates = useQuery({
    queryKey: [...conversationsKey(workspaceId), 'merge-candidates', debounced],
    queryFn: () => api.get<Page<ConversationSummary>>(`${inboxBase(workspaceId)}/conversations`, { q: debounced || undefined, limit: 20 }),
  });
  const items = (candidates.data?.items ?? []).filter((c) => c.id !== conversation.id);
  const submit = async () => {
    if (!target) return;
    await merge.mutateAsync({ id: conversation.id, intoConversationId: target });
    onClose();
    onMerged(target);
  };
  return (
    <Stack>
      <TextInput label="Find the conversation to keep" value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
      <FormError error={candidates.error} />
      <ScrollArea.Autosize mah={320}>
        <Radio.Group value={target} onChange={setTarget} aria-label="Conversation to merge into">
          <Stack gap="xs">
            {items.length === 0 && !candidates.isFetching ? (
              <Text size="sm" c="dimmed">
                No other conversation matches.
              </Text>
            ) : null}
            {items.map((c) => (
              <Radio.Card key={c.id} value={c.id} p="xs" radius="md" withBorder aria-label={`${conversationTitle(c)} on ${c.channel.displayName}: ${c.lastMessage?.text ?? ''}`}>
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator />
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {conversationTitle(c)} · {c.channel.displayName}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {statusLabel(c.status)} · {listTime(c.lastMessageAt)} · {c.lastMessage?.text}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      </ScrollArea.Autosize>
      <Alert variant="light" color="gray" p="xs">
        The messages of this conversation move into the one you pick; this one is closed. Replies still go out on each message's own channel.
      </Alert>
      <FormError error={merge.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void submit().catch(() => undefined)} disabled={!target} loading={merge.isPending}>
          Merge
        </Button>
      </Group>
    </Stack>
  );
}
