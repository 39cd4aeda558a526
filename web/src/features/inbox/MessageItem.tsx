// One message of the thread. Inbound ones look like the person's post; our replies carry their
// sending state; internal notes sit on a yellow card so nobody mistakes them for a reply.
import { Anchor, Avatar, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconExternalLink, IconLock, IconPencil } from '@tabler/icons-react';
import type { InboxMessage } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { SentimentBadge } from './InboxBadges.tsx';
import { initialsOf } from '../../ui/initials.ts';

type Props = { message: InboxMessage; isReplyTarget: boolean; canReply: boolean; onAnswer: (m: InboxMessage) => void; onCancel: (m: InboxMessage) => void; onEditAgain: (m: InboxMessage) => void };

const kindLabel = { in: 'Message from', reply: 'Reply by', note: 'Note by' } as const;

function SendState({ message: m }: { message: InboxMessage }) {
  if (m.kind !== 'reply' || !m.sendState || m.sendState === 'sent') return null;
  if (m.sendState === 'scheduled') return <Badge size="xs" variant="light" color="grape">{m.sendAt ? `Sends ${formatDateTime(m.sendAt)}` : 'Scheduled'}</Badge>;
  if (m.sendState === 'sending') return <Badge size="xs" variant="light" color="blue">Sending…</Badge>;
  if (m.errorKind === 'unknown_outcome') {
    return (
      <Tooltip label="The network did not answer in time: look on the network before sending it again" withArrow>
        <Badge size="xs" variant="filled" color="orange" data-send-state="unknown">
          Maybe sent
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge size="xs" variant="filled" color="red" data-send-state="failed">
      Not sent
    </Badge>
  );
}

/** A note's text with its @mentions picked out. */
function NoteText({ text }: { text: string }) {
  const parts = text.split(/(@[\p{L}\p{N}_.-]+(?: [\p{Lu}][\p{L}]+)?)/u);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((p, i) =>
        p.startsWith('@') ? (
          <Text key={i} span fw={600} c="orange.8">
            {p}
          </Text>
        ) : (
          p
        ),
      )}
    </Text>
  );
}

export function MessageItem({ message: m, isReplyTarget, canReply, onAnswer, onCancel, onEditAgain }: Props) {
  const failed = m.kind === 'reply' && m.sendState === 'failed';
  const name = m.author.name || m.author.handle || 'Someone';
  return (
    <Paper
      component="article"
      aria-label={`${kindLabel[m.kind]} ${name}`}
      className={`inbox-message inbox-message-${m.kind}`}
      data-kind={m.kind}
      data-message-id={m.id}
      data-reply-target={isReplyTarget || undefined}
      withBorder
      p="sm"
      radius="md"
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Avatar src={m.author.avatarUrl ?? undefined} alt="" radius="xl" size={30} color={m.kind === 'in' ? 'gray' : 'blue'}>
          {m.kind === 'note' ? <IconLock size={14} /> : initialsOf(name)}
        </Avatar>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {name}
            </Text>
            {m.author.handle && m.author.handle !== name ? (
              <Text size="xs" c="dimmed">
                {m.author.handle}
              </Text>
            ) : null}
            {m.kind === 'note' ? (
              <Badge size="xs" color="yellow" variant="light">
                Internal note
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              <time dateTime={m.occurredAt}>{formatDateTime(m.occurredAt)}</time>
            </Text>
            <SentimentBadge sentiment={m.sentiment} />
            {m.intents.map((i) => (
              <Badge key={i} size="xs" variant="outline" color="gray" tt="none">
                {i.replace(/_/g, ' ')}
              </Badge>
            ))}
            <SendState message={m} />
          </Group>
          {m.kind === 'note' ? (
            <NoteText text={m.text} />
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {m.text}
            </Text>
          )}
          {failed && m.errorReason ? (
            <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }} data-testid="send-error">
              {m.errorReason}
            </Text>
          ) : null}
          <Group gap="xs">
            {failed && canReply ? (
              <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconPencil size={12} />} onClick={() => onEditAgain(m)} aria-label="Edit this reply and send it again">
                Edit and send again
              </Button>
            ) : null}
            {m.url ? (
              <Anchor href={m.url} target="_blank" rel="noreferrer" size="xs" aria-label={`Open ${name}'s message on the network`}>
                <Group gap={2} component="span">
                  Open on the network <IconExternalLink size={12} />
                </Group>
              </Anchor>
            ) : null}
            {m.kind === 'reply' && m.sendState === 'scheduled' && canReply ? (
              <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconPencil size={12} />} onClick={() => onCancel(m)} aria-label="Cancel this reply and edit it">
                Cancel and edit
              </Button>
            ) : null}
            {m.kind === 'in' && canReply ? (
              <Button size="compact-xs" variant={isReplyTarget ? 'light' : 'subtle'} leftSection={<IconArrowBackUp size={12} />} onClick={() => onAnswer(m)} aria-pressed={isReplyTarget} aria-label={`Answer this message from ${name}`}>
                {isReplyTarget ? 'Answering' : 'Answer'}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
