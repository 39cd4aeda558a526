// The feed's entries as inbox pages. Each poll is one conditional GET: a 304 is an empty page with
// the same cursor. New entries (ids not in the cursor) come oldest first; while more remain than a
// page holds, the old validators are kept so the next page refetches the whole feed instead of
// getting a 304 with entries still unread.
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { decodeCursor, emptyCursor, encodeCursor, MAX_SEEN_IDS } from './cursor.ts';
import { toInboxItem } from './entries.ts';
import { fetchFeed } from './fetch-feed.ts';
import type { RssConfig } from './manifest.ts';

function oldestFirst(items: InboxItem[]): InboxItem[] {
  // Feeds list newest first as a rule, but not always: sort by date, document order breaking ties.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.createdAt.localeCompare(b.item.createdAt) || b.index - a.index)
    .map(({ item }) => item);
}

export async function fetchInbox(ctx: ConnectorContext<RssConfig>, input: InboxPageInput): Promise<Result<InboxPage>> {
  const state = input.cursor === null ? emptyCursor() : decodeCursor(input.cursor);
  if (!state) return rejected('not an RSS inbox cursor', 'bad_cursor');
  const fetchedAt = ctx.now();
  const answer = await fetchFeed(ctx, state);
  if (!answer.ok) return answer;
  if (answer.value.notModified) return ok({ items: [], nextCursor: encodeCursor(state), hasMore: false });

  const { feed, url, validators } = answer.value;
  const distinct = new Map<string, InboxItem>(); // an id repeated inside one feed counts once
  for (const entry of feed.items) {
    const item = toInboxItem(entry, feed, url, fetchedAt);
    if (!distinct.has(item.externalId)) distinct.set(item.externalId, item);
  }
  // Only the newest entries that the cursor can remember are read: older ones would otherwise come
  // back once their ids had been forgotten.
  const seen = new Set(state.seen);
  const ordered = oldestFirst([...distinct.values()]).slice(-MAX_SEEN_IDS).filter((item) => !seen.has(item.externalId));
  const page = ordered.slice(0, Math.max(1, input.limit));
  const hasMore = ordered.length > page.length;
  const nextCursor = encodeCursor({
    ...(hasMore ? { etag: state.etag, lastModified: state.lastModified } : validators),
    seen: [...state.seen, ...page.map((item) => item.externalId)],
  });
  return ok({ items: page, nextCursor, hasMore });
}
