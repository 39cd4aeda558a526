// The open conversation: header with the triage actions, the thread, who else is here, and
// the reply box. It marks the conversation read, tells teammates it is open, and registers the
// commands the keyboard shortcuts call.
import { Alert, Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ConversationPatch, InboxMessage } from '../../api/inbox-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { ConversationHeader } from './ConversationHeader.tsx';
import { DateTimeModal } from './DateTimeModal.tsx';
import { MergeModal } from './MergeModal.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import { ReplyBox, type ReplyMode } from './ReplyBox.tsx';
import { Thread } from './Thread.tsx';
import { latestInbound } from './thread-tree.ts';
import type { MenuName } from './TriageMenus.tsx';
import { useConversation, useMarkRead, useUpdateConversation } from './useConversation.ts';
import { readDraft, saveDraft } from './reply-drafts.ts';
import { useEarlierMessages } from './useEarlierMessages.ts';
import { usePresence } from './usePresence.ts';
import { useCancelReply } from './useReplies.ts';
import type { Teammate } from './useTeammates.ts';

export type PaneCommands = { reply: () => void; note: () => void; assignMe: () => void; resolve: () => void; openMenu: (menu: MenuName) => void };

type Props = {
  workspaceId: string;
  conversationId: string;
  meId: string;
  teammates: Teammate[];
  customStatuses: string[];
  knownTags: string[];
  can: { reply: boolean; manage: boolean };
  commands: RefObject<PaneCommands | null>;
  /** After resolving (or snoozing) from here: the page moves on to the next conversation. */
  onDone: () => void;
  onOpen: (conversationId: string) => void;
  personToggle: { shown: boolean; onToggle: () => void } | null;
};

const typingMs = 5_000;

export function ConversationPane(props: Props) {
  const { workspaceId, conversationId, meId, teammates, can, commands, onDone } = props;
  const conversation = useConversation(workspaceId, conversationId);
  const update = useUpdateConversation(workspaceId, (id) => (id === meId ? 'Me' : (teammates.find((t) => t.userId === id)?.name ?? '')));
  const markRead = useMarkRead(workspaceId);
  const [openMenu, setOpenMenu] = useState<MenuName | null>(null);
  const [mode, setMode] = useState<ReplyMode>(can.reply ? 'reply' : 'note');
  // Unset: the latest inbound message (the server's default too).
  const [targetId, setTargetId] = useState<string | undefined>();
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [typing, setTyping] = useState(false);
  const typingTimer = useRef<number | undefined>(undefined);
  const input = useRef<HTMLTextAreaElement>(null);
  // Bumped to reload the reply box from its draft (a cancelled reply's text put back).
  const [draftVersion, setDraftVersion] = useState(0);
  const cancelReply = useCancelReply(workspaceId, conversationId);
  const others = usePresence(workspaceId, conversationId, typing ? 'replying' : 'viewing').filter((o) => o.userId !== meId);

  const detail = conversation.data;
  const earlier = useEarlierMessages(workspaceId, conversationId, detail?.earlierCursor);
  const unread = detail?.conversation.unreadCount ?? 0;
  const { mutate: markReadNow } = markRead;
  useEffect(() => {
    if (unread > 0) markReadNow(conversationId);
  }, [conversationId, unread, markReadNow]);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  const patch = (p: ConversationPatch, done = false) => {
    setOpenMenu(null);
    // The promise, not mutate's own callbacks: those are dropped when another change starts first.
    update.mutateAsync({ id: conversationId, patch: p }).then(
      () => done && onDone(),
      () => undefined, // shown by the mutation's onError
    );
  };
  const resolve = () => patch({ status: 'resolved' }, true);
  const focusBox = (m: ReplyMode) => {
    setMode(m);
    requestAnimationFrame(() => input.current?.focus());
  };
  // The shortcuts call whatever this render offers; nothing once the pane is gone.
  useEffect(() => {
    commands.current = {
      reply: () => can.reply && focusBox('reply'),
      note: () => can.manage && focusBox('note'),
      assignMe: () => can.manage && patch({ assigneeId: meId }),
      resolve: () => can.manage && resolve(),
      openMenu: (m) => can.manage && setOpenMenu(m),
    };
  });
  useEffect(() => () => void (commands.current = null), [commands]);

  if (conversation.error) return <FormError error={conversation.error} title="The conversation could not be loaded" />;
  if (!detail) return <Skeleton h={400} />;

  // The latest page polls; older pages, once loaded, stay above it (a message on both shows once).
  const latestIds = new Set(detail.messages.map((m) => m.id));
  const messages = [...earlier.messages.filter((m) => !latestIds.has(m.id)), ...detail.messages];
  const nameOf = (userId: string | null | undefined) => (!userId ? null : userId === meId ? 'You' : (teammates.find((t) => t.userId === userId)?.name ?? null));
  const target: InboxMessage | undefined = messages.find((m) => m.id === targetId) ?? latestInbound(messages);
  // A reply taken back (cancelled, or failed) returns to the box; what was already there stays under it.
  const putBack = (text: string) => {
    const current = readDraft(conversationId, 'reply');
    saveDraft(conversationId, 'reply', current ? `${text}\n\n${current}` : text);
    setDraftVersion((v) => v + 1);
    focusBox('reply');
  };
  const onTyping = () => {
    setTyping(true);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => setTyping(false), typingMs);
  };

  return (
    <section aria-label="Conversation" className="inbox-pane" data-conversation-id={conversationId} data-status={detail.conversation.status}>
      <ConversationHeader
        detail={detail}
        teammates={teammates}
        meId={meId}
        customStatuses={props.customStatuses}
        knownTags={props.knownTags}
        canManage={can.manage}
        openMenu={openMenu}
        setOpenMenu={setOpenMenu}
        onPatch={(p) => patch(p, p.snoozedUntil !== undefined)}
        onResolve={resolve}
        onPickSnooze={() => {
          setOpenMenu(null);
          setSnoozeOpen(true);
        }}
        onMerge={() => setMergeOpen(true)}
        personToggle={props.personToggle}
      />
      {detail.conversation.mergedIntoId ? (
        <Alert color="gray" variant="light" mx="sm">
          This conversation was merged into another one.{' '}
          <Text span td="underline" style={{ cursor: 'pointer' }} onClick={() => props.onOpen(detail.conversation.mergedIntoId!)}>
            Open it
          </Text>
        </Alert>
      ) : null}
      <div className="inbox-pane-thread">
        {earlier.hasMore ? (
          <Center mb="xs">
            <Button size="compact-xs" variant="subtle" loading={earlier.loading} onClick={() => void earlier.load()}>
              Load earlier messages
            </Button>
          </Center>
        ) : null}
        {messages.length === 0 ? (
          <Center h={120}>
            <Text c="dimmed" size="sm">
              No messages yet.
            </Text>
          </Center>
        ) : (
          <Thread messages={messages} events={detail.events ?? []} nameOf={nameOf} replyTargetId={mode === 'reply' ? target?.id : undefined} canReply={can.reply} onAnswer={(m) => {
            setTargetId(m.id);
            focusBox('reply');
          }} onCancel={(m) => cancelReply.mutate(m.id, { onSuccess: (back) => putBack(back.text), onError: notifyFailure('The reply could not be cancelled') })} onEditAgain={(m) => putBack(m.text)} />
        )}
      </div>
      <Stack gap={0} className="inbox-pane-footer">
        <PresenceBar others={others} />
        <ReplyBox
          key={`${conversationId}:${draftVersion}`}
          workspaceId={workspaceId}
          detail={detail}
          teammates={teammates.filter((t) => t.userId !== meId)}
          mode={mode}
          onModeChange={setMode}
          replyTarget={target}
          inputRef={input}
          onTyping={onTyping}
          onSentAndResolved={onDone}
          canReply={can.reply}
          canNote={can.manage}
        />
      </Stack>
      <DateTimeModal
        opened={snoozeOpen}
        onClose={() => setSnoozeOpen(false)}
        title="Snooze until"
        label="Snooze until"
        submitLabel="Snooze"
        initial={new Date(Date.now() + 24 * 3_600_000)}
        onPick={(snoozedUntil) => update.mutateAsync({ id: conversationId, patch: { snoozedUntil } }).then(onDone)}
      />
      <MergeModal opened={mergeOpen} onClose={() => setMergeOpen(false)} workspaceId={workspaceId} conversation={detail.conversation} onMerged={props.onOpen} />
    </section>
  );
}
