// One line of the list: who wrote, on which network, the last words, when, and the chips that
// decide what to answer first. Unread conversations are bold with their count.
import { Avatar, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { ConversationSummary } from '../../api/inbox-types.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { PriorityBadge, SentimentBadge, SlaBadge } from './InboxBadges.tsx';
import { conversationTitle, listTime } from './inbox-labels.ts';
import { initialsOf } from '../../ui/initials.ts';

type Props = { conversation: ConversationSummary; to: string; selected: boolean; cursor: boolean };

const snippetOf = (c: ConversationSummary) => {
  if (!c.lastMessage) return c.subject ?? '';
  const prefix = c.lastMessage.kind === 'reply' ? 'You: ' : c.lastMessage.kind === 'note' ? 'Note: ' : '';
  return prefix + c.lastMessage.text;
};

export const ConversationRow = forwardRef<HTMLAnchorElement, Props>(function ConversationRow({ conversation: c, to, selected, cursor }, ref) {
  const unread = c.unreadCount > 0;
  const name = conversationTitle(c);
  return (
    <Link
      ref={ref}
      to={to}
      className="inbox-row"
      aria-current={selected ? 'true' : undefined}
      data-cursor={cursor || undefined}
      data-unread={unread || undefined}
      data-conversation-id={c.id}
      data-testid="conversation-row"
      aria-label={`${name} on ${c.channel.displayName}: ${snippetOf(c)}${unread ? ` (${c.unreadCount} unread)` : ''}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <div className="inbox-row-avatar">
          <Avatar src={c.person?.avatarUrl ?? undefined} alt="" radius="xl" size={36}>
            {initialsOf(name)}
          </Avatar>
          <span className="inbox-row-network">
            <NetworkIcon network={c.channel.network} size={16} />
          </span>
        </div>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" fw={unread ? 700 : 500} truncate>
              {name}
            </Text>
            <Text size="xs" c={unread ? undefined : 'dimmed'} fw={unread ? 600 : undefined} style={{ flexShrink: 0 }}>
              <time dateTime={c.lastMessageAt}>{listTime(c.lastMessageAt)}</time>
            </Text>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {c.channel.displayName}
            {c.person?.handle ? ` · ${c.person.handle}` : ''}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={unread ? 600 : undefined} c={unread ? undefined : 'dimmed'} lineClamp={2} style={{ flex: 1, minWidth: 0 }}>
              {snippetOf(c)}
            </Text>
            {unread ? (
              <Badge size="sm" circle aria-label={`${c.unreadCount} unread`}>
                {c.unreadCount > 99 ? '99+' : c.unreadCount}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="wrap">
            <SlaBadge sla={c.sla} />
            <PriorityBadge priority={c.priority} />
            <SentimentBadge sentiment={c.sentiment} />
            {c.assignee ? (
              <Tooltip label={`Assigned to ${c.assignee.name}`} withArrow>
                <Avatar size={16} radius="xl" color="blue" aria-label={`Assigned to ${c.assignee.name}`} style={{ fontSize: 8 }}>
                  {initialsOf(c.assignee.name)}
                </Avatar>
              </Tooltip>
            ) : null}
            {c.tags.slice(0, 3).map((t) => (
              <Badge key={t} size="xs" variant="outline" color="gray" tt="none">
                {t}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Group>
    </Link>
  );
});
