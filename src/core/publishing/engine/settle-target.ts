// The end of an attempt, one function per way it can end. Each writes the target (fenced by the
// claim token), the post's state and the audit entry in one transaction; people are told about a
// failure after it is committed, so a failing mail server never undoes or repeats a result.
import type { ConnectorError } from '../../../connectors/sdk/result.ts';
import {
  completeTarget,
  failTarget,
  markNeedsCheck,
  refreshPostStateIn,
  releaseForRetry,
  type PostTarget,
} from '../../../db/queries/post-targets.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordActivity } from '../../activities/activities.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { recordChannelOutcome } from '../../channels/record-channel-outcome.ts';
import type { EngineCtx } from './engine-ctx.ts';
import { WATCH_REPLIES_MS } from './options.ts';

export type Settled = 'published' | 'failed' | 'needs_check' | 'retry' | 'lost_claim';

type Held = { target: PostTarget; token: string };

async function audited(ctx: EngineCtx, held: Held, action: string, write: (db: EngineCtx['db']) => Promise<PostTarget | undefined>, extra?: (db: EngineCtx['db'], row: PostTarget) => Promise<void>): Promise<PostTarget | undefined> {
  return inTransaction(ctx.db, async (db) => {
    const row = await write(db);
    if (!row) return undefined;
    await refreshPostStateIn(db, row.postId);
    await recordAudit({ ...ctx, db }, {
      workspaceId: row.workspaceId,
      action,
      targetType: 'post_target',
      targetId: row.id,
      before: { state: 'publishing', attempts: held.target.attempts },
      after: { state: row.state, externalId: row.externalId, errorKind: row.errorKind, errorReason: row.errorReason },
    });
    await extra?.(db, row);
    return row;
  });
}

async function notify(ctx: EngineCtx, row: PostTarget): Promise<void> {
  try {
    await ctx.collaborators.notifyFailed(ctx, { workspaceId: row.workspaceId, targetId: row.id });
  } catch (err) {
    ctx.logger.error({ targetId: row.id, err }, 'could not notify about a failed post');
  }
}

export async function settlePublished(ctx: EngineCtx, held: Held): Promise<Settled> {
  const now = ctx.clock.now();
  const row = await audited(ctx, held, 'post_target.published', (db) => completeTarget(db, held.target.id, held.token, { now, watchRepliesUntil: new Date(now.getTime() + WATCH_REPLIES_MS) }), async (db, r) => {
    // The channel's activity log: what the inbox and reports read. Stored once per external id.
    await recordActivity({ ...ctx, db, workspaceId: r.workspaceId, role: 'owner' }, { channelId: r.channelId, type: 'published', externalId: r.externalId!, occurredAt: now, data: { postId: r.postId, targetId: r.id, url: r.url, partIds: r.partIds } });
  });
  return row ? 'published' : 'lost_claim';
}

export async function settleFailed(ctx: EngineCtx, held: Held, error: { kind: string; reason: string }): Promise<Settled> {
  const now = ctx.clock.now();
  const row = await audited(ctx, held, 'post_target.failed', (db) => failTarget(db, held.target.id, held.token, { now, errorKind: error.kind, errorReason: error.reason }));
  if (!row) return 'lost_claim';
  await notify(ctx, row);
  return 'failed';
}

export async function settleNeedsCheck(ctx: EngineCtx, held: Held, error: { kind: string; reason: string }): Promise<Settled> {
  const now = ctx.clock.now();
  const row = await audited(ctx, held, 'post_target.needs_check', (db) => markNeedsCheck(db, held.target.id, held.token, { now, errorKind: error.kind, errorReason: error.reason }));
  if (!row) return 'lost_claim';
  await notify(ctx, row);
  return 'needs_check';
}

/** Back to scheduled at `at`, and a job queued for then (the sweep is the safety net if that send is lost). */
export async function settleRetry(ctx: EngineCtx, held: Held, error: ConnectorError, at: Date, opts: { known: boolean; free: boolean }): Promise<Settled> {
  const now = ctx.clock.now();
  const row = await inTransaction(ctx.db, async (db) => {
    const r = await releaseForRetry(db, held.target.id, held.token, { now, at, errorKind: error.kind, errorReason: error.reason, ...opts });
    if (r) await refreshPostStateIn(db, r.postId);
    return r;
  });
  if (!row) return 'lost_claim';
  await ctx.requeue([{ id: row.id, scheduledAt: at }]);
  return 'retry';
}

/** The channel's health follows what the network said (auth_expired marks it needs_reconnect). */
export async function recordChannelError(ctx: EngineCtx, target: PostTarget, error: ConnectorError): Promise<void> {
  await recordChannelOutcome(ctx, { workspaceId: target.workspaceId, channelId: target.channelId }, { ok: false, error }, { accountCheck: false });
}
