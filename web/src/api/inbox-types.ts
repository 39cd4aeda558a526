// Shapes of the inbox and people-panel answers, as declared in src/http/routes/inbox*.ts,
// saved-replies.ts, presence.ts and people.ts. The fixed words come from the server's vocabulary.
import type { BuiltinStatus, InboxHat, Intent, MessageKind, Priority, Sentiment, SendState } from '../../../src/core/inbox/vocabulary.ts';

export type { BuiltinStatus, InboxHat, Intent, MessageKind, Priority, Sentiment, SendState };

export type SlaState = 'ok' | 'warning' | 'breached' | 'none';

export type ConversationPerson = { id: string; displayName: string; avatarUrl: string | null; handle: string | null };
export type ConversationChannel = { id: string; network: string; displayName: string };

export type ConversationSummary = {
  id: string;
  channelId: string;
  hat: InboxHat;
  /** A built-in status or one of the workspace's own. */
  status: string;
  priority: Priority;
  assigneeId: string | null;
  tags: string[];
  sentiment: Sentiment | null;
  intents: Intent[];
  unreadCount: number;
  subject: string | null;
  snoozedUntil: string | null;
  lastMessageAt: string;
  person: ConversationPerson | null;
  channel: ConversationChannel;
  lastMessage: { text: string; kind: MessageKind; occurredAt: string } | null;
  sla: { state: SlaState; dueAt: string | null };
};

export type InboxCounts = { byStatus: Record<string, number>; mine: number; unassigned: number; unread: number };

export type MessageAuthor = { type: 'person' | 'user' | 'unknown'; id: string | null; name: string; handle: string | null; avatarUrl: string | null };

export type InboxMessage = {
  id: string;
  kind: MessageKind;
  text: string;
  externalId: string | null;
  inReplyTo: string | null;
  url: string | null;
  sentiment: Sentiment | null;
  intents: Intent[];
  mentions: string[];
  sendState: SendState | null;
  sendAt: string | null;
  errorReason: string | null;
  occurredAt: string;
  author: MessageAuthor;
};

export type ChannelLimits = { text: { maxLength: number; countingRule: string } } & Record<string, unknown>;

export type ConversationDetail = {
  conversation: ConversationSummary & { mergedIntoId?: string | null; createdAt?: string };
  messages: InboxMessage[];
  channel: ConversationChannel & { limits: ChannelLimits | null; capabilities: string[] };
};

export type ConversationPatch = {
  status?: string;
  priority?: Priority;
  tagsAdd?: string[];
  tagsRemove?: string[];
  assigneeId?: string | null;
  snoozedUntil?: string | null;
};

export type InboxSettings = { postRepliesHat: InboxHat; customStatuses: string[]; autoAssign: boolean; defaultOpenCap: number };

export type ReplyCheckIssue = { code: string; message: string };
export type ReplyCheck = { ok: boolean; issues: ReplyCheckIssue[]; remaining: number; limit?: number };

export type SavedReply = { id: string; name: string; shortcut: string; body: string };

export type PresenceState = 'viewing' | 'replying';
export type PresenceOther = { userId: string; name: string; state: PresenceState; seenAt: string };

export type MemberAvailability = { userId: string; name: string; available: boolean; cap: number | null; open: number };
