// Answering the conversation: a Reply through the channel, counted against its limits, or an
// internal Note with @mentions; saved replies by "/" or the picker; send now, later, or send
// and resolve.
import { Alert, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconMessage } from '@tabler/icons-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ConversationDetail, InboxMessage, SavedReply } from '../../api/inbox-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { DateTimeModal } from './DateTimeModal.tsx';
import { mentionedIn, replaceTrigger, type Trigger } from './reply-autocomplete.ts';
import { readDraft, saveDraft } from './reply-drafts.ts';
import { ReplyCounter } from './ReplyCounter.tsx';
import { ReplyTextarea } from './ReplyTextarea.tsx';
import { SavedReplyPicker } from './SavedReplyPicker.tsx';
import { SendControls } from './SendControls.tsx';
import { renderSavedReply, useAddNote, useReplyCheck, useSavedReplies, useSendReply } from './useReplies.ts';
import type { Teammate } from './useTeammates.ts';

export type ReplyMode = 'reply' | 'note';

type Props = {
  workspaceId: string;
  detail: ConversationDetail;
  teammates: Teammate[];
  mode: ReplyMode;
  onModeChange: (mode: ReplyMode) => void;
  replyTarget: InboxMessage | undefined;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onTyping: () => void;
  /** After "send and resolve": the page moves on to the next conversation. */
  onSentAndResolved: () => void;
  canReply: boolean;
  canNote: boolean;
};

const inAnHour = () => new Date(Math.ceil((Date.now() + 3_600_000) / 900_000) * 900_000);

export function ReplyBox({ workspaceId, detail, teammates, mode, onModeChange, replyTarget, inputRef, onTyping, onSentAndResolved, canReply, canNote }: Props) {
  const conversationId = detail.conversation.id;
  const [text, setTextState] = useState(() => readDraft(conversationId, mode));
  const picked = useRef(new Map<string, string>());
  const [laterOpen, setLaterOpen] = useState(false);
  const sendReply = useSendReply(workspaceId, conversationId);
  const addNote = useAddNote(workspaceId, conversationId);
  const savedReplies = useSavedReplies(workspaceId);
  const channelCanReply = detail.channel.capabilities.length === 0 || detail.channel.capabilities.includes('reply');
  const replying = mode === 'reply';
  const check = useReplyCheck(workspaceId, conversationId, text, replying && channelCanReply && text.trim() !== '');

  // Each tab keeps its own draft.
  useEffect(() => setTextState(readDraft(conversationId, mode)), [conversationId, mode]);
  const setText = (next: string) => {
    setTextState(next);
    saveDraft(conversationId, mode, next);
    if (next) onTyping();
  };

  const pickSaved = async (reply: SavedReply, trigger?: Trigger) => {
    try {
      const { text: rendered, missing } = await renderSavedReply(workspaceId, conversationId, reply.id);
      if (missing.length > 0) notifications.show({ color: 'yellow', title: `"${reply.name}" has blanks`, message: `No value here for ${missing.map((v) => `{{${v}}}`).join(', ')}: check the text before sending.` });
      if (trigger) setText(replaceTrigger(text, trigger, rendered).text);
      else setText(text.trim() ? `${text.trimEnd()} ${rendered}` : rendered);
      inputRef.current?.focus();
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not use "${reply.name}"`, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = sendReply.isPending || addNote.isPending;
  // The last answer stays while the next is on its way; it says nothing about an empty box.
  const checked = text.trim() ? check.data : undefined;
  // Only a text over the limit blocks here; the server refuses anything else with its reason.
  const overLimit = replying && (checked?.remaining ?? 0) < 0;
  const blocked = !text.trim() || busy || (replying ? !canReply || !channelCanReply || overLimit : !canNote);

  const send = async (opts: { resolve?: boolean; sendAt?: string } = {}) => {
    if (blocked) return;
    if (replying) {
      await sendReply.mutateAsync({ text, inReplyToMessageId: replyTarget?.id, sendAt: opts.sendAt, resolve: opts.resolve || undefined });
      // Replies go out through a job: the thread shows "Sending…" until the network has it.
      notifications.show({ color: 'green', message: opts.sendAt ? `Reply scheduled for ${formatDateTime(opts.sendAt)}` : opts.resolve ? 'Reply on its way; the conversation resolves once it is sent' : 'Reply on its way' });
    } else {
      await addNote.mutateAsync({ text, mentions: mentionedIn(text, picked.current) });
      picked.current.clear();
    }
    setText('');
    if (opts.resolve) onSentAndResolved();
  };
  const trySend = (opts?: { resolve?: boolean; sendAt?: string }) => void send(opts).catch(() => undefined);

  return (
    <section aria-label="Reply box" className={`inbox-reply inbox-reply-${mode}`}>
      <Tabs value={mode} onChange={(v) => onModeChange((v as ReplyMode) ?? 'reply')} variant="outline" keepMounted={false}>
        <Tabs.List aria-label="Reply or note">
          <Tabs.Tab value="reply" leftSection={<IconMessage size={14} />} disabled={!canReply}>
            Reply
          </Tabs.Tab>
          <Tabs.Tab value="note" leftSection={<IconLock size={14} />} disabled={!canNote}>
            Note
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Stack gap="xs" p="sm">
        {replying && !channelCanReply ? (
          <Alert color="gray" variant="light" p="xs">
            {detail.channel.displayName} cannot send replies from Tandem; answer on the network, or leave a note.
          </Alert>
        ) : null}
        {replying && replyTarget ? (
          <Group gap={4}>
            <Badge variant="light" tt="none" data-testid="reply-target" data-message-id={replyTarget.id}>
              Answering {replyTarget.author.handle ?? replyTarget.author.name}: “{replyTarget.text.slice(0, 40)}
              {replyTarget.text.length > 40 ? '…' : ''}”
            </Badge>
          </Group>
        ) : null}
        <ReplyTextarea
          inputRef={inputRef}
          label={replying ? 'Reply text' : 'Note text'}
          placeholder={replying ? `Reply on ${detail.channel.displayName}… (type / for saved replies)` : 'Note for the team, never sent… (type @ to mention a teammate)'}
          value={text}
          onChange={setText}
          onSubmit={() => trySend()}
          savedReplies={replying ? (savedReplies.data ?? []) : null}
          teammates={replying ? null : teammates}
          onPickSavedReply={(r, t) => void pickSaved(r, t)}
          onMention={(t) => picked.current.set(t.userId, t.name)}
          disabled={replying ? !canReply : !canNote}
          error={overLimit}
        />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            {replying ? <SavedReplyPicker savedReplies={savedReplies.data ?? []} onPick={(r) => void pickSaved(r)} disabled={!canReply} /> : null}
            {replying ? (
              <ReplyCounter text={text} limit={detail.channel.limits?.text.maxLength} check={checked} checking={check.isFetching} />
            ) : (
              <Text size="xs" c="dimmed">
                Only your team sees notes.
              </Text>
            )}
          </Group>
          <SendControls
            mode={mode}
            disabled={blocked}
            loading={busy}
            onSend={() => trySend()}
            onSendAndResolve={() => trySend({ resolve: true })}
            onSendLater={() => setLaterOpen(true)}
            canResolve={detail.conversation.status !== 'resolved'}
          />
        </Group>
        <FormError error={replying ? sendReply.error : addNote.error} />
      </Stack>
      <DateTimeModal opened={laterOpen} onClose={() => setLaterOpen(false)} title="Send the reply later" label="Send at" submitLabel="Schedule reply" initial={inAnHour()} onPick={(sendAt) => send({ sendAt })} />
    </section>
  );
}
