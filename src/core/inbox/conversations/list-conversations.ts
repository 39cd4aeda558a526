// GET /inbox/conversations: a view of the inbox, newest activity first, paged by keyset cursor.
// A text search reads at most `searchScanLimit` conversations of the view per page, so it stays as
// fast as the view itself at 1M conversations; a page that found fewer matches than it holds still
// carries a cursor while older conversations remain to be searched.
import { listConversationRows, listConversationRowsByIds, searchConversationWindow } from '../../../db/queries/conversations-list.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import { presentSummary, type ConversationSummary } from './conversation-summary.ts';
import { toView, type ViewInput } from './conversation-view-filter.ts';

export type ListConversationsInput = ViewInput & { q?: string; cursor?: string; limit: number };
export type ConversationPage = { items: ConversationSummary[]; nextCursor: string | null };

export const searchScanLimit = 2_000;

export async function listConversations(ctx: WorkspaceCtx, input: ListConversationsInput): Promise<ConversationPage> {
  const { q, cursor, limit, ...viewInput } = input;
  const view = await toView(ctx, viewInput);
  const after = decodeCursor(cursor);
  const now = ctx.clock.now();
  const text = q?.trim();
  if (text) {
    const scan = await searchConversationWindow(ctx.db, ctx.workspaceId, view, text, { after, limit: limit + 1, scanLimit: searchScanLimit });
    const rows = await listConversationRowsByIds(ctx.db, ctx.workspaceId, scan.hits.slice(0, limit).map((h) => h.id));
    const items = rows.map((r) => presentSummary(r, now));
    const last = scan.hits[limit - 1];
    let nextCursor: string | null = null;
    if (scan.hits.length > limit && last) nextCursor = encodeCursor(last.at, last.id);
    else if (scan.scanned === searchScanLimit && scan.edge) nextCursor = encodeCursor(scan.edge.at, scan.edge.id);
    return { items, nextCursor };
  }
  const rows = await listConversationRows(ctx.db, ctx.workspaceId, view, { after, limit: limit + 1 });
  const items = rows.slice(0, limit).map((r) => presentSummary(r, now));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.lastMessageAt, last.id) : null };
}
