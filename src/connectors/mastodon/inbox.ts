// The inbox is the account's mention notifications (methods/notifications): GET
// /api/v1/notifications?types[]=mention. Replies to the brand's statuses arrive as mentions
// (clients mention the author they answer), and direct messages are mentions whose status has
// visibility "direct". Paging goes forward with min_id (the items immediately newer than the
// cursor); the next cursor is the min_id of the Link header's rel="prev", i.e. the newest
// notification seen. The cursor is a notification id; items carry their status's id, which is
// what replies and reports name.
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { Notification, Status } from './entities.ts';
import { fullHandle } from './handle.ts';
import { htmlToText } from './html-to-text.ts';
import { linkParam } from './link-header.ts';

const MAX_PAGE = 80; // the endpoint's maximum since Mastodon 4.1

// Snowflake ids as decimal strings: longer is newer, then lexical order.
const newer = (a: string, b: string) => (a.length !== b.length ? a.length > b.length : a > b);

function kindOf(status: Status): InboxItem['kind'] {
  if (status.visibility === 'direct') return 'dm';
  return status.in_reply_to_id ? 'reply' : 'mention';
}

function toItem(ctx: Ctx, status: Status): InboxItem {
  const text = htmlToText(status.content);
  const item: InboxItem = {
    externalId: status.id,
    kind: kindOf(status),
    author: {
      externalId: status.account.id,
      handle: fullHandle(ctx, status.account),
      displayName: status.account.display_name,
      ...(status.account.avatar ? { avatarUrl: status.account.avatar } : {}),
      ...(status.account.url ? { profileUrls: [status.account.url] } : {}),
    },
    // The content warning is part of what was said: keep it ahead of the text.
    text: status.spoiler_text ? `CW: ${status.spoiler_text}\n\n${text}` : text,
    createdAt: status.created_at,
    visibility: status.visibility === 'private' ? 'followers' : status.visibility,
  };
  if (status.in_reply_to_id) item.inReplyTo = status.in_reply_to_id;
  const url = status.url ?? status.uri;
  if (url) item.url = url;
  return item;
}

export async function fetchInbox(ctx: Ctx, input: InboxPageInput): Promise<Result<InboxPage>> {
  const limit = Math.min(Math.max(1, Math.floor(input.limit)), MAX_PAGE);
  const cursor = input.cursor ?? '0';
  const answer = await api(ctx, { path: `/api/v1/notifications?types[]=mention&limit=${limit}&min_id=${encodeURIComponent(cursor)}` });
  if (!answer.ok) return answer;
  const page = Array.isArray(answer.value.body) ? (answer.value.body as Notification[]) : [];
  // A mention whose status was deleted since has nothing to answer: skipped, but paged past.
  const items = page.filter((n) => n.type === 'mention' && n.status).map((n) => toItem(ctx, n.status as Status));
  let nextCursor = linkParam(answer.value.headers.get('link'), 'prev', 'min_id') ?? cursor;
  for (const n of page) if (newer(n.id, nextCursor)) nextCursor = n.id;
  // The instance answers newest first; the inbox stores oldest first.
  return ok({ items: items.reverse(), nextCursor, hasMore: page.length >= limit });
}
