// The whole workspace looked at again (after the rules change, or on a teammate's request): one
// page of people per call, newest first, each page through suggestMerges. The caller (the
// people.suggest-merges.rescan job) passes the returned cursor on to the next call.
import { listPersonIdsPage } from '../../db/queries/people.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import { suggestMerges } from './suggest-merges.ts';

export const RESCAN_PAGE = 200;

export async function rescanMergeSuggestionsPage(ctx: WorkspaceCtx, cursor: string | null, pageSize = RESCAN_PAGE) {
  const rows = await listPersonIdsPage(ctx.db, ctx.workspaceId, { after: decodeCursor(cursor ?? undefined), limit: pageSize });
  const result = await suggestMerges(ctx, rows.map((r) => r.id));
  const last = rows.at(-1);
  return { scanned: rows.length, ...result, nextCursor: rows.length === pageSize && last ? encodeCursor(last.createdAt, last.id) : null };
}
