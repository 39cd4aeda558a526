// Mentions, replies and quotes of the account, oldest first, from app.bsky.notification.
// listNotifications. That endpoint pages from the newest backwards, while Tandem's cursor moves
// forwards, so Tandem's cursor is a high-water mark: the (indexedAt, uri) of the last item handed
// out. Each call walks back from the newest notification to the mark, then returns the oldest
// `limit` items after it. The walk never marks notifications as seen (the account owner's unread
// badge is theirs). Limits: a first read (no cursor) goes back BACKFILL_PAGES pages; a notification
// whose time (the AppView's min(createdAt, indexedAt)) is older than the mark when it is indexed,
// such as a post back-dated by its author's clock, is not picked up.
import type { AppBskyNotificationListNotifications } from '@atproto/api';
import { AtUri } from '@atproto/api';
import type { ConnectorContext } from '../sdk/context.ts';
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Bluesky } from './call.ts';
import { callBluesky } from './call.ts';
import type { BlueskyConfig } from './config.ts';
import { postUrl, profileUrl } from './config.ts';

type Notification = AppBskyNotificationListNotifications.Notification;
type Mark = { at: string; uri: string };

const REASONS = ['mention', 'reply', 'quote'];
const PAGE_SIZE = 100;
const BACKFILL_PAGES = 3;
const CATCH_UP_PAGES = 50;

const encodeMark = (m: Mark) => `${m.at} ${m.uri}`;
function decodeMark(cursor: string | null): Mark | undefined {
  const space = cursor?.indexOf(' ') ?? -1;
  return cursor && space > 0 ? { at: cursor.slice(0, space), uri: cursor.slice(space + 1) } : undefined;
}
const after = (n: Notification, m: Mark) => n.indexedAt > m.at || (n.indexedAt === m.at && n.uri > m.uri);
const oldestFirst = (a: Notification, b: Notification) => (a.indexedAt === b.indexedAt ? (a.uri < b.uri ? -1 : 1) : a.indexedAt < b.indexedAt ? -1 : 1);

/** Notifications newer than the mark (all within the backfill horizon when there is none). */
async function newerThan(bsky: Bluesky, mark: Mark | undefined): Promise<Notification[]> {
  const found = new Map<string, Notification>();
  let cursor: string | undefined;
  for (let page = 0; page < (mark ? CATCH_UP_PAGES : BACKFILL_PAGES); page++) {
    const { data } = await bsky.agent.app.bsky.notification.listNotifications({ reasons: REASONS, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    for (const n of data.notifications) {
      // A reply that also mentions the account comes twice; the reply is the more useful kind.
      if ((!mark || after(n, mark)) && (!found.has(n.uri) || n.reason === 'reply')) found.set(n.uri, n);
    }
    const reachedMark = mark !== undefined && data.notifications.some((n) => !after(n, mark));
    if (reachedMark || !data.cursor) break;
    cursor = data.cursor;
  }
  return [...found.values()].sort(oldestFirst);
}

function toInboxItem(config: BlueskyConfig, n: Notification): InboxItem {
  const record = n.record as { text?: unknown; createdAt?: unknown; reply?: { parent?: { uri?: string }; root?: { uri?: string } } };
  const inReplyTo = record.reply?.parent?.uri ?? (n.reason === 'quote' ? n.reasonSubject : undefined);
  // The thread's first post: a reply deep in a thread still joins the conversation of its root
  // (the brand's published post, when it is one).
  const threadId = record.reply?.root?.uri;
  const author = n.author;
  return {
    externalId: n.uri,
    kind: n.reason === 'reply' ? 'reply' : 'mention',
    author: {
      externalId: author.did,
      handle: author.handle,
      ...(author.displayName ? { displayName: author.displayName } : {}),
      ...(author.avatar ? { avatarUrl: author.avatar } : {}),
      profileUrls: [profileUrl(config, author.handle)],
    },
    ...(threadId ? { threadId } : {}),
    text: typeof record.text === 'string' ? record.text : '',
    createdAt: typeof record.createdAt === 'string' && !Number.isNaN(Date.parse(record.createdAt)) ? new Date(record.createdAt).toISOString() : n.indexedAt,
    ...(inReplyTo ? { inReplyTo } : {}),
    url: postUrl(config, new AtUri(n.uri)),
  };
}

export function fetchInbox(ctx: ConnectorContext<BlueskyConfig>, input: InboxPageInput): Promise<Result<InboxPage>> {
  return callBluesky(ctx, async (bsky) => {
    const fresh = await newerThan(bsky, decodeMark(input.cursor));
    const page = fresh.slice(0, input.limit);
    const last = page.at(-1);
    return ok({
      items: page.map((n) => toInboxItem(ctx.config, n)),
      nextCursor: last ? encodeMark({ at: last.indexedAt, uri: last.uri }) : (input.cursor ?? ''),
      hasMore: fresh.length > page.length,
    });
  });
}
