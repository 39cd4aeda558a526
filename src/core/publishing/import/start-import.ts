// Starts a CSV import, or only checks it (dry run). Either way every row is checked and every
// problem reported; a dry run writes nothing. A real run stores the rows and leaves creating the
// posts to the import-posts job, which follows processed_rows (resumable, see run-import-rows.ts).
// A file with bad rows is refused as a whole unless the caller asks to skip them, so nobody gets
// half a campaign without having said so.
import type { ImportRowError } from '../../../db/schema/automation.ts';
import { insertPostImport, type PostImportSummary } from '../../../db/queries/post-imports.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import { countChannelTargetsBetween } from '../../../db/queries/posts.ts';
import { checkImportRow } from './check-import-row.ts';
import { checkFileCaps } from './check-file-caps.ts';
import { loadImportContext } from './load-import-context.ts';
import { parseImportFile, type ImportRow } from './parse-import-file.ts';

export type StartImportInput = { fileName: string; content: string; dryRun?: boolean; skipInvalidRows?: boolean };

/** A dry run's answer has the shape of an import, without an id: nothing was stored. */
export type ImportReport = Omit<PostImportSummary, 'id' | 'workspaceId'> & { id: string | null; validRows: number };

/** Stored rows keep their cells as strings; the row number rides along as one. */
export const storedRow = (row: ImportRow): Record<string, string> => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));

export async function startImport(ctx: PostsCtx, input: StartImportInput): Promise<ImportReport> {
  const rows = parseImportFile(input.content);
  const check = await loadImportContext(ctx);
  const checked = rows.map((row) => ({ row, result: checkImportRow(row, check) }));
  const plans = checked.flatMap(({ result }) => (result.ok ? [result.plan] : []));
  const capErrors = await checkFileCaps(plans, check.channels, check.timeZone, (channelId, from, to) => countChannelTargetsBetween(ctx.db, channelId, from, to));
  const errors: ImportRowError[] = [];
  const valid: ImportRow[] = [];
  for (const { row, result } of checked) {
    const rowErrors = result.ok ? (capErrors.get(row.row) ?? []) : result.errors;
    if (rowErrors.length === 0) valid.push(row);
    else errors.push(...rowErrors);
  }
  const now = ctx.clock.now();
  const createdBy = ctx.actor.type === 'user' ? ctx.actor.id : null;
  if (input.dryRun) {
    return { id: null, createdBy, fileName: input.fileName, state: 'dry_run', totalRows: rows.length, validRows: valid.length, processedRows: 0, createdPosts: 0, errors, createdAt: now, finishedAt: now };
  }
  const badRows = rows.length - valid.length;
  if (badRows > 0 && !input.skipInvalidRows) {
    throw new AppError('import_invalid', `${badRows} of ${rows.length} rows have errors: fix them, or import with skipInvalidRows to leave them out`, { rowErrors: errors });
  }
  if (valid.length === 0) throw new AppError('import_invalid', 'No row of the file can be imported', { rowErrors: errors });
  return inTransaction(ctx.db, async (db) => {
    const stored = await insertPostImport(db, { id: newId(), workspaceId: ctx.workspaceId, createdBy, fileName: input.fileName, state: 'queued', totalRows: valid.length, errors, rows: valid.map(storedRow), createdAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'post_import.create', targetType: 'post_import', targetId: stored.id, after: { fileName: stored.fileName, totalRows: stored.totalRows, skippedRows: badRows } });
    return { ...stored, validRows: valid.length };
  });
}
