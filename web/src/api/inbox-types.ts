// Shapes of the inbox and people-panel answers, as declared in src/http/routes/inbox*.ts,
// saved-replies.ts, presence.ts and people.ts. The fixed words and the SLA states are the server's own.
import type { SlaKind, SlaState } from '../../../src/core/inbox/conversations/sla-state.ts';
import type { InboxHat, Intent, MessageKind, Priority, Sentiment, SendState } from '../../../src/core/inbox/vocabulary.ts';

export type { Priority, Sentiment, SlaState };

export type ConversationPerson = { id: string; displayName: string; avatarUrl: string | null; handle: string | null };
export type ConversationChannel = { id: string; network: string; displayName: string };

export type ConversationSummary = {
  id: string;
  channelId: string;
  hat: InboxHat;
  /** A built-in status or one of the workspace's own. */
  status: string;
  priority: Priority;
  subject: string | null;
  tags: string[];
  sentiment: Sentiment | null;
  intents: Intent[];
  unreadCount: number;
  assignee: { id: string; name: string } | null;
  person: ConversationPerson | null;
  channel: ConversationChannel;
  lastMessage: { text: string; kind: MessageKind; occurredAt: string } | null;
  postTargetId: string | null;
  lastMessageAt: string;
  lastInboundAt: string | null;
  waitingSince: string | null;
  snoozedUntil: string | null;
  resolvedAt: string | null;
  createdAt: string;
  sla: { state: SlaState; dueAt: string | null; kind?: SlaKind | null };
};

/** Each count stops at `cap`; the ones that reached it are named in `capped` ("byStatus.open", "mine" ...). */
export type InboxCounts = { cap: number; byStatus: Record<string, number>; mine: number | null; unassigned: number; unread: number; byHat?: Record<InboxHat, number>; capped: string[] };

export type MessageAuthor = { type: 'person' | 'user' | 'unknown'; id: string | null; name: string; handle: string | null; avatarUrl: string | null };

export type InboxMessage = {
  id: string;
  kind: MessageKind;
  text: string;
  externalId: string | null;
  inReplyTo: string | null;
  /** The message of this conversation it answers (resolved by the server); null at a root. */
  parentId: string | null;
  url: string | null;
  sentiment: Sentiment | null;
  intents: Intent[];
  mentions: string[];
  sendState: SendState | null;
  sendAt: string | null;
  /** auth_expired, rejected, rate_limited, transient, or unknown_outcome (it may be on the network). */
  errorKind?: string | null;
  errorReason: string | null;
  resolveOnSend?: boolean;
  occurredAt: string;
  author: MessageAuthor;
};

export type TriageEvent = { id: string; type: string; userId: string | null; data: Record<string, unknown>; occurredAt: string };

export type ChannelLimits = { text: { maxLength: number; countingRule: string } } & Record<string, unknown>;

export type ConversationDetail = {
  conversation: ConversationSummary & { mergedIntoId: string | null; firstResponseAt: string | null };
  /** The latest page of the thread, oldest first; `earlierCursor` reads the page before. */
  messages: InboxMessage[];
  earlierCursor: string | null;
  events: TriageEvent[];
  channel: ConversationChannel & { accountHandle: string | null; limits: ChannelLimits | null; capabilities: string[] };
};

export type ConversationPatch = {
  status?: string;
  priority?: Priority;
  tagsAdd?: string[];
  tagsRemove?: string[];
  assigneeId?: string | null;
  snoozedUntil?: string | null;
};

export type ReplyCheckIssue = { code: string; message: string; field?: 'text' | 'channel' };
export type ReplyCheck = { ok: boolean; issues: ReplyCheckIssue[]; text: { used: number; limit: number; remaining: number; rule: string } | null; remaining: number | null };

export type { SavedReply } from './inbox-settings-types.ts';

export type PresenceState = 'viewing' | 'replying';
export type PresenceOther = { userId: string; name: string; state: PresenceState; seenAt: string };

