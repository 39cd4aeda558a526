// A conversation as the inbox list shows it: who, where, the last message, unread and SLA state.
import type { ConversationListRow } from '../../../db/queries/conversations-list.ts';
import type { Intent, MessageKind, Priority, Sentiment } from '../vocabulary.ts';
import { slaView, type SlaView } from './sla-state.ts';

export type ConversationSummary = {
  id: string;
  channelId: string;
  hat: 'social' | 'community';
  status: string;
  priority: Priority;
  subject: string | null;
  tags: string[];
  sentiment: Sentiment | null;
  intents: Intent[];
  unreadCount: number;
  assigneeId: string | null;
  assignee: { id: string; name: string } | null;
  person: { id: string; displayName: string; avatarUrl: string | null; handle: string | null } | null;
  channel: { id: string; network: string; displayName: string };
  lastMessage: { text: string; kind: MessageKind; occurredAt: Date } | null;
  postTargetId: string | null;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  waitingSince: Date | null;
  snoozedUntil: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  sla: SlaView;
};

export const snippetLength = 200;
const snippet = (text: string) => (text.length > snippetLength ? `${text.slice(0, snippetLength - 1).trimEnd()}…` : text);

export function presentSummary(row: ConversationListRow, now: Date): ConversationSummary {
  const c = row.conversation;
  return {
    id: c.id,
    channelId: c.channelId,
    hat: c.hat,
    status: c.status,
    priority: c.priority,
    subject: c.subject,
    tags: c.tags,
    // Written by ingestion from the vocabulary (src/nlp/score-message.ts).
    sentiment: c.sentiment as Sentiment | null,
    intents: c.intents as Intent[],
    unreadCount: c.unreadCount,
    assigneeId: c.assigneeId,
    assignee: row.assignee,
    person: row.person,
    channel: row.channel,
    lastMessage: row.lastMessage ? { ...row.lastMessage, text: snippet(row.lastMessage.text) } : null,
    postTargetId: c.postTargetId,
    lastMessageAt: c.lastMessageAt,
    lastInboundAt: c.lastInboundAt,
    waitingSince: c.waitingSince,
    snoozedUntil: c.snoozedUntil,
    resolvedAt: c.resolvedAt,
    createdAt: c.createdAt,
    sla: slaView(c, now, row.warnBeforeMinutes),
  };
}
