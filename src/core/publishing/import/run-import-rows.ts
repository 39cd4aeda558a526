// Creates the posts of a stored CSV import, one row per transaction: the row's post (and its
// schedule) and the import's progress commit together, so a crash at any point leaves each row
// either done and counted or not started, and the next run resumes at processed_rows. The post's
// source_ref (import id + row number) is unique per workspace: a row can never make two posts,
// even if progress were lost. Rows are checked again as they are created (a channel may have been
// disconnected, a time may have passed since the upload); a row that fails is reported, not retried.
import type { ImportRowError } from '../../../db/schema/automation.ts';
import { findMembership } from '../../../db/queries/memberships.ts';
import { findPostIdBySource, lockPostImport, peekImportProgress, readImportRow, setPostSourceRef, updatePostImport, type PostImportSummary } from '../../../db/queries/post-imports.ts';
import type { Tx } from '../../../db/client.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import { createPost } from '../posts/create-post.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import { checkImportRow, type ImportContext, type RowPlan } from './check-import-row.ts';
import { loadImportContext } from './load-import-context.ts';
import type { ImportRow } from './parse-import-file.ts';
import type { ScheduledTarget } from '../workflow/workflow-ctx.ts';
import { placeImportedPost } from './place-imported-post.ts';
import { prepareRowMedia, type RowMedia, type RowMediaCtx } from './row-media.ts';

export type ImportRunCtx = Ctx &
  Pick<RowMediaCtx, 'mediaFetch' | 'storeMedia'> & {
    connectors: ConnectorRegistry;
    signal?: AbortSignal;
    /** Hands scheduled targets to the publishing engine (its delayed jobs); the sweep finds them without it. */
    queuePublish?: (targets: ScheduledTarget[]) => Promise<void>;
  };

export const importSourceRef = (importId: string, row: number) => `${importId}:${row}`;

const toImportRow = (cells: Record<string, string>): ImportRow => ({ ...cells, row: Number(cells.row) });

/** The workspace context the import acts in: its creator, with the role they hold now. */
async function actingCtx(ctx: ImportRunCtx, workspaceId: string, createdBy: string | null, importId: string): Promise<PostsCtx | undefined> {
  if (!createdBy) return { ...ctx, workspaceId, role: 'social_media_manager', actor: { type: 'system', id: null, label: `CSV import ${importId}` } };
  const membership = await findMembership(ctx.db, workspaceId, createdBy);
  if (!membership) return undefined;
  return { ...ctx, workspaceId, role: membership.role, actor: { type: 'user', id: createdBy, label: `CSV import ${importId}` } };
}

type RowOutcome = { created: boolean; errors: ImportRowError[] };

type RefusedTarget = { channelName?: string; problems?: { message?: string }[] };
/** Scheduling names what each channel refused (a daily cap, a rate limit): the row says it too. */
function explain(err: AppError): string {
  const targets = err.details?.targets;
  if (!Array.isArray(targets)) return err.message;
  const reasons = (targets as RefusedTarget[]).flatMap((t) => (t.problems ?? []).map((p) => `${t.channelName ?? 'a channel'}: ${p.message ?? 'refused'}`));
  return reasons.length > 0 ? `${err.message}. ${reasons.join('; ')}` : err.message;
}

async function createRow(ctx: PostsCtx & ImportRunCtx, tx: Tx, imp: PostImportSummary, plan: RowPlan, media: RowMedia | undefined, timeZone: string, scheduled: ScheduledTarget[]): Promise<RowOutcome> {
  const ref = importSourceRef(imp.id, plan.row);
  if (await findPostIdBySource(tx, ctx.workspaceId, 'csv', ref)) return { created: false, errors: [] };
  try {
    // A savepoint: a row refused half-way leaves nothing of itself behind.
    return await inTransaction(tx, async (sp) => {
      const rowCtx = { ...ctx, db: sp, scheduled };
      const post = await createPost(rowCtx, {
        text: plan.text,
        media: media ? [{ mediaId: media.mediaId }] : [],
        labels: plan.labels,
        campaignId: plan.campaignId,
        targets: plan.channelIds.map((channelId) => ({ channelId })),
        source: 'csv',
      });
      await setPostSourceRef(sp, ctx.workspaceId, post.id, ref);
      const notes = plan.scheduledAt ? await placeImportedPost(rowCtx, post.id, plan.scheduledAt, timeZone) : [];
      return { created: true, errors: notes.map((n) => ({ row: plan.row, ...n })) };
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    scheduled.length = 0;
    return { created: false, errors: [{ row: plan.row, field: 'post', code: err.code, message: explain(err) }] };
  }
}

/** The next row: checked, its media fetched and stored outside any transaction (a network call). */
async function prepareNextRow(ctx: PostsCtx & ImportRunCtx, importId: string, index: number, check: ImportContext) {
  const cells = await readImportRow(ctx.db, importId, index);
  if (!cells) return { row: undefined };
  const row = toImportRow(cells);
  const result = checkImportRow(row, { ...check, now: ctx.clock.now() });
  if (!result.ok) return { row, errors: result.errors };
  if (!result.plan.mediaUrl) return { row, plan: result.plan };
  const media = await prepareRowMedia(ctx, result.plan.mediaUrl);
  if (!media.ok) return { row, errors: [{ row: row.row, field: 'media', code: media.code, message: media.message }] };
  return { row, plan: result.plan, media: media.value };
}

export type ImportRunResult = { processed: number; finished: boolean };

/** Creates up to `maxRows` rows of the import; returns how far it got. */
export async function runImportRows(ctx: ImportRunCtx, importId: string, maxRows: number): Promise<ImportRunResult> {
  const start = await peekImportProgress(ctx.db, importId);
  if (!start || (start.state !== 'queued' && start.state !== 'running')) return { processed: 0, finished: true };
  const wctx = await actingCtx(ctx, start.workspaceId, start.createdBy, importId);
  if (!wctx) return failImport(ctx, importId, start.workspaceId, 'The person who started the import is no longer a member of the workspace');
  const runCtx = { ...ctx, ...wctx };
  const check = await loadImportContext(runCtx);
  let processed = 0;
  let index = start.processedRows;
  while (processed < maxRows && !ctx.signal?.aborted) {
    const next = await prepareNextRow(runCtx, importId, index, check);
    const scheduled: ScheduledTarget[] = [];
    const step = await inTransaction(ctx.db, async (tx) => {
      const imp = await lockPostImport(tx, importId);
      // Held by another worker, finished, or moved on since we looked: stop here, no harm done.
      if (!imp || (imp.state !== 'queued' && imp.state !== 'running') || imp.processedRows !== index) return 'stop' as const;
      const now = ctx.clock.now();
      let outcome: RowOutcome = { created: false, errors: next.errors ?? [] };
      if (next.plan) outcome = await createRow({ ...runCtx, db: tx }, tx, imp, next.plan, next.media, check.timeZone, scheduled);
      const processedRows = index + 1;
      const done = processedRows >= imp.totalRows || next.row === undefined;
      await updatePostImport(tx, importId, { state: done ? 'done' : 'running', processedRows, createdPosts: imp.createdPosts + (outcome.created ? 1 : 0), errors: [...imp.errors, ...outcome.errors], finishedAt: done ? now : null });
      if (done) await recordAudit({ ...wctx, db: tx }, { workspaceId: imp.workspaceId, action: 'post_import.finish', targetType: 'post_import', targetId: importId, after: { totalRows: imp.totalRows, createdPosts: imp.createdPosts + (outcome.created ? 1 : 0), errors: imp.errors.length + outcome.errors.length } });
      return done ? ('done' as const) : ('more' as const);
    });
    if (step === 'stop') return { processed, finished: false };
    // Committed: now the engine may be told (a lost send is caught by its sweep).
    if (scheduled.length > 0) await ctx.queuePublish?.(scheduled);
    processed++;
    index++;
    if (step === 'done') return { processed, finished: true };
  }
  return { processed, finished: false };
}

async function failImport(ctx: ImportRunCtx, importId: string, workspaceId: string, message: string): Promise<ImportRunResult> {
  await inTransaction(ctx.db, async (tx) => {
    const imp = await lockPostImport(tx, importId);
    if (!imp) return;
    await updatePostImport(tx, importId, { state: 'failed', finishedAt: ctx.clock.now(), errors: [...imp.errors, { row: 0, field: 'import', code: 'import_stopped', message }] });
    await recordAudit({ ...ctx, db: tx }, { workspaceId, action: 'post_import.fail', targetType: 'post_import', targetId: importId, after: { reason: message } });
  });
  return { processed: 0, finished: true };
}
