// Inputs and outputs of connector operations, one group per capability. Ids are the network's
// own (externalId); Tandem's ids never leave Tandem.

export type MediaItem = {
  mimeType: string;
  bytes: Uint8Array;
  /** Alt text; connectors whose network supports it must send it. */
  altText?: string;
};

export type PublishInput<Settings> = {
  /** Stable per post target: the same key must never yield two posts. */
  idempotencyKey: string;
  text: string;
  media: readonly MediaItem[];
  settings: Settings;
  /** The externalId of the post this one continues (a thread) or answers. */
  replyTo?: string;
};

export type Published = { externalId: string; url: string };

/** What a read-back may use to find a post whose outcome is unknown (timeout after sending). */
export type LookupInput = { idempotencyKey: string; text: string; since: Date };

/**
 * Who wrote an inbox item. The profile fields are optional: a connector fills those its network
 * shows, and ingestion keeps them on the identity (merge suggestions compare e-mails and URLs).
 */
export type InboxAuthor = {
  externalId: string;
  handle: string;
  displayName?: string;
  avatarUrl?: string;
  email?: string;
  /** The profile's own page and the links it lists (a website, another network's profile). */
  profileUrls?: string[];
};

export type InboxItem = {
  externalId: string;
  kind: 'mention' | 'reply' | 'comment' | 'message' | 'dm';
  author: InboxAuthor;
  text: string;
  /** ISO 8601. */
  createdAt: string;
  /** The externalId of what this item answers, when it answers something. */
  inReplyTo?: string;
  /** The conversation it belongs to as the network groups it (an e-mail thread, a Discord thread). */
  threadId?: string;
  /** A title where the network has one (an e-mail subject, a feed entry's title). */
  subject?: string;
  /** Who can see it on the network, where that varies (Mastodon: public, unlisted, private, direct). */
  visibility?: 'public' | 'unlisted' | 'followers' | 'direct';
  url?: string;
};

/**
 * `cursor: null` starts from the network's beginning (or the connector's backfill horizon).
 * `nextCursor` is always returned, to be stored and passed next time so that only newer items
 * come back; `hasMore` says whether to ask again right away. `limit` is a maximum page size.
 */
export type InboxPageInput = { cursor: string | null; limit: number };
export type InboxPage = { items: InboxItem[]; nextCursor: string; hasMore: boolean };

/**
 * A push stream of the account's inbox (watchInbox). The stream only says *when* to read:
 * `onActivity` is called whenever new items may be there, and the caller reads them through
 * fetchInbox and its cursor, so nothing the stream drops or repeats is lost or stored twice.
 */
export type WatchInboxInput = {
  /** Aborting it closes the stream; watchInbox then resolves ok. */
  signal: AbortSignal;
  /** The stream is open (read once now: items may have arrived while it was not). */
  onOpen?(): void;
  onActivity(): void;
};

export type ReplyInput = { idempotencyKey: string; to: string; text: string; media?: readonly MediaItem[] };

export type DirectMessageInput = { idempotencyKey: string; to: string; text: string };

export const moderationActions = ['delete', 'hide', 'report', 'timeout', 'kick', 'ban'] as const;
export type ModerationAction = (typeof moderationActions)[number];

export type ModerationInput = {
  action: ModerationAction;
  /** The item (delete, hide, report) or member (timeout, kick, ban) acted on. */
  targetExternalId: string;
  reason?: string;
  /** For timeouts. */
  durationSeconds?: number;
};

/** Numbers about the account itself, for growth reports; a network fills those it has. */
export type AccountMetrics = { followers?: number; following?: number; posts?: number; members?: number };

/** Standard names, so reports add up across networks; a network fills those it has. */
export const metricNames = ['likes', 'reposts', 'replies', 'quotes', 'impressions', 'clicks', 'bookmarks'] as const;
export type MetricName = (typeof metricNames)[number];
export type PostMetrics = { externalId: string; counts: Partial<Record<MetricName, number>> };

export type SearchInput = { query: string; cursor: string | null; limit: number };
export type SearchPage = { items: InboxItem[]; nextCursor: string | null };

export type Member = { externalId: string; handle: string; displayName?: string; joinedAt?: string };
export type MembersPage = { members: Member[]; nextCursor: string | null };
