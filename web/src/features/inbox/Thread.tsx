// The conversation's messages, each answer indented under what it answers, with the newest
// in view when the thread opens or grows.
import { Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import type { InboxMessage, TriageEvent } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { MessageItem } from './MessageItem.tsx';
import { buildThread, type ThreadNode } from './thread-tree.ts';
import { triageEventText } from './triage-event-text.ts';

type Props = { messages: InboxMessage[]; replyTargetId: string | undefined; canReply: boolean; onAnswer: (m: InboxMessage) => void; onCancel: (m: InboxMessage) => void; onEditAgain: (m: InboxMessage) => void };
type ThreadProps = Props & { events: TriageEvent[]; nameOf: (userId: string | null | undefined) => string | null };

// Deeper answers stop indenting so a long back-and-forth stays readable in a narrow pane.
const maxIndent = 4;

function Branch({ nodes, depth, ...props }: Omit<Props, 'messages'> & { nodes: ThreadNode[]; depth: number }) {
  return (
    <Stack gap="xs" className={depth > 0 && depth <= maxIndent ? 'inbox-thread-branch' : undefined}>
      {nodes.map((n) => (
        <Stack key={n.message.id} gap="xs">
          <MessageItem message={n.message} isReplyTarget={n.message.id === props.replyTargetId} canReply={props.canReply} onAnswer={props.onAnswer} onCancel={props.onCancel} onEditAgain={props.onEditAgain} />
          {n.children.length > 0 ? <Branch nodes={n.children} depth={depth + 1} {...props} /> : null}
        </Stack>
      ))}
    </Stack>
  );
}

function EventLine({ text, at }: { text: string; at: string }) {
  return (
    <Group gap={6} justify="center" className="inbox-thread-event" role="note">
      <Text size="xs" c="dimmed">
        {text} · <time dateTime={at}>{formatDateTime(at)}</time>
      </Text>
    </Group>
  );
}

// Triage history sits between the thread's top-level branches, in time order.
type Entry = { at: string; node?: ThreadNode; event?: TriageEvent };

export function Thread({ messages, events, nameOf, ...props }: ThreadProps) {
  const roots = useMemo(() => buildThread(messages), [messages]);
  const entries = useMemo(() => {
    // Only the history since the oldest message shown, so an earlier page does not pile up on top.
    const since = messages[0]?.occurredAt ?? '';
    const list: Entry[] = [...roots.map((node) => ({ at: node.message.occurredAt, node })), ...events.filter((e) => e.occurredAt >= since).map((event) => ({ at: event.occurredAt, event }))];
    return list.sort((a, b) => a.at.localeCompare(b.at));
  }, [roots, events, messages]);
  const end = useRef<HTMLDivElement>(null);
  // Follow the newest message (not an older page loaded on top).
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [newest]);
  return (
    <section aria-label="Thread" className="inbox-thread">
      <Stack gap="xs">
        {entries.map((e) =>
          e.node ? <Branch key={e.node.message.id} nodes={[e.node]} depth={0} {...props} /> : <EventLine key={e.event!.id} text={triageEventText(e.event!, nameOf)} at={e.at} />,
        )}
      </Stack>
      <div ref={end} />
    </section>
  );
}
