// The conversation's messages, each answer indented under what it answers, with the newest
// in view when the thread opens or grows.
import { Stack } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import type { InboxMessage } from '../../api/inbox-types.ts';
import { MessageItem } from './MessageItem.tsx';
import { buildThread, type ThreadNode } from './thread-tree.ts';

type Props = { messages: InboxMessage[]; replyTargetId: string | undefined; canReply: boolean; onAnswer: (m: InboxMessage) => void };

// Deeper answers stop indenting so a long back-and-forth stays readable in a narrow pane.
const maxIndent = 4;

function Branch({ nodes, depth, ...props }: Omit<Props, 'messages'> & { nodes: ThreadNode[]; depth: number }) {
  return (
    <Stack gap="xs" className={depth > 0 && depth <= maxIndent ? 'inbox-thread-branch' : undefined}>
      {nodes.map((n) => (
        <Stack key={n.message.id} gap="xs">
          <MessageItem message={n.message} isReplyTarget={n.message.id === props.replyTargetId} canReply={props.canReply} onAnswer={props.onAnswer} />
          {n.children.length > 0 ? <Branch nodes={n.children} depth={depth + 1} {...props} /> : null}
        </Stack>
      ))}
    </Stack>
  );
}

export function Thread({ messages, ...props }: Props) {
  const roots = useMemo(() => buildThread(messages), [messages]);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);
  return (
    <section aria-label="Thread" className="inbox-thread">
      <Branch nodes={roots} depth={0} {...props} />
      <div ref={end} />
    </section>
  );
}
