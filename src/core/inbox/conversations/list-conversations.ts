// GET /inbox/conversations: a view of the inbox, newest activity first, paged by keyset cursor.
// A plain view walks its index. A tag or a text has no index in list order, so the view is scanned
// in bounded windows (src/db/queries/conversations-window.ts): a tag's page is finished from the
// tag's own matches when the window did not fill it (the tag is rare); a text search ends its page
// at the window, with a cursor to search on, so each page costs at most `searchScanLimit` rows.
import { listConversationRows, listConversationRowsByIds } from '../../../db/queries/conversations-list.ts';
import { scanViewWindow } from '../../../db/queries/conversations-window.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import { presentSummary, type ConversationSummary } from './conversation-summary.ts';
import { toView, type ViewInput } from './conversation-view-filter.ts';

export type ListConversationsInput = ViewInput & { q?: string; cursor?: string; limit: number };
export type ConversationPage = { items: ConversationSummary[]; nextCursor: string | null };

export const searchScanLimit = 500;
export const tagScanLimit = 5_000;

const pageOf = (items: ConversationSummary[], limit: number): ConversationPage => {
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodeCursor(last.lastMessageAt, last.id) : null };
};

export async function listConversations(ctx: WorkspaceCtx, input: ListConversationsInput): Promise<ConversationPage> {
  const { q, cursor, limit, ...viewInput } = input;
  const view = await toView(ctx, viewInput);
  const after = decodeCursor(cursor);
  const now = ctx.clock.now();
  const present = (rows: Awaited<ReturnType<typeof listConversationRows>>) => rows.map((r) => presentSummary(r, now));
  const text = q?.trim() || undefined;
  if (!text && view.tag === undefined) return pageOf(present(await listConversationRows(ctx.db, ctx.workspaceId, view, { after, limit: limit + 1 })), limit);

  const { tag, ...base } = view;
  const scanLimit = text ? searchScanLimit : tagScanLimit;
  const scan = await scanViewWindow(ctx.db, ctx.workspaceId, base, { q: text, tag }, { after, limit: limit + 1, scanLimit });
  const found = present(await listConversationRowsByIds(ctx.db, ctx.workspaceId, scan.hits.map((h) => h.id)));
  if (found.length > limit || !scan.edge) return pageOf(found, limit);
  if (text) return { items: found, nextCursor: encodeCursor(scan.edge.at, scan.edge.id) };
  // A rare tag: the rest of the page from its matches older than the window.
  const rest = await listConversationRows(ctx.db, ctx.workspaceId, view, { after: scan.edge, limit: limit + 1 - found.length, order: 'sort' });
  return pageOf([...found, ...present(rest)], limit);
}
