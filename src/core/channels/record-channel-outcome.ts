// A connector call's outcome → the channel's health (DESIGN §4): ok; needs_reconnect when the
// credentials stopped working; rate_limited until the moment the network named; failing with the
// network's reason when it refuses the account or keeps failing. A one-off transient error (a
// timeout, a 503) does not mark a healthy channel failing: only transient errors with no success
// for FAILING_AFTER_MS do, or an explicit check (connect, test, refresh) that the user is waiting on.
import type { ConnectorError } from '../../connectors/sdk/result.ts';
import { findChannel, findChannelForConnector, updateChannel, type ChannelChanges, type ChannelRow } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';

export const FAILING_AFTER_MS = 15 * 60 * 1000;

export type ChannelOutcome = { ok: true } | { ok: false; error: ConnectorError };
type HealthState = Pick<ChannelRow, 'health' | 'healthReason' | 'rateLimitedUntil' | 'lastCheckedAt'>;

/**
 * The health columns to write after an outcome, or undefined when nothing changes.
 * `accountCheck`: the call checked the account itself (identify, limits, refresh), so a refusal
 * is about the account, not about one post, and a transient error is reported at once.
 */
export function healthAfter(state: HealthState, outcome: ChannelOutcome, now: Date, opts: { accountCheck: boolean }): ChannelChanges | undefined {
  if (outcome.ok) return { health: 'ok', healthReason: null, rateLimitedUntil: null, lastCheckedAt: now };
  const { error } = outcome;
  switch (error.kind) {
    case 'auth_expired':
      return { health: 'needs_reconnect', healthReason: error.reason, rateLimitedUntil: null };
    case 'rate_limited':
      return { health: 'rate_limited', healthReason: error.reason, rateLimitedUntil: new Date(now.getTime() + error.retryAfterSeconds * 1000) };
    case 'rejected':
      return opts.accountCheck ? { health: 'failing', healthReason: error.reason, rateLimitedUntil: null } : undefined;
    case 'transient': {
      // needs_reconnect stays until someone reconnects: a timeout says nothing about the credentials.
      if (state.health === 'needs_reconnect') return undefined;
      const quietFor = state.lastCheckedAt ? now.getTime() - state.lastCheckedAt.getTime() : Infinity;
      if (opts.accountCheck || state.health === 'failing' || quietFor >= FAILING_AFTER_MS) return { health: 'failing', healthReason: error.reason, rateLimitedUntil: null };
      return undefined;
    }
  }
}

const changedHealth = (before: HealthState, after: ChannelChanges) =>
  (after.health !== undefined && after.health !== before.health) || (after.healthReason !== undefined && after.healthReason !== before.healthReason);

/** Applies an outcome to a stored channel, auditing a change of health. Returns the channel as it is now. */
export async function recordChannelOutcome(
  ctx: Ctx,
  target: { workspaceId: string; channelId: string },
  outcome: ChannelOutcome,
  /** `audit`: the action to record whatever happened (an explicit test); else only a change of health is. */
  opts: { accountCheck: boolean; extra?: ChannelChanges; audit?: string },
): Promise<ChannelRow | undefined> {
  return inTransaction(ctx.db, async (db) => {
    const current = await findChannelForConnector(db, target.workspaceId, target.channelId, { forUpdate: true });
    if (!current) return undefined;
    const health = healthAfter(current, outcome, ctx.clock.now(), opts);
    const changes = { ...health, ...opts.extra };
    const row = Object.keys(changes).length === 0 ? await findChannel(db, target.workspaceId, target.channelId) : await updateChannel(db, target.workspaceId, target.channelId, changes);
    if (opts.audit || (health && changedHealth(current, health))) {
      await recordAudit({ ...ctx, db }, {
        workspaceId: target.workspaceId,
        action: opts.audit ?? 'channel.health',
        targetType: 'channel',
        targetId: target.channelId,
        before: { health: current.health, healthReason: current.healthReason },
        after: { health: row!.health, healthReason: row!.healthReason, rateLimitedUntil: row!.rateLimitedUntil },
      });
    }
    return row;
  });
}
