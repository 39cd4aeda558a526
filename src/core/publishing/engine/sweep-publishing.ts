// The safety net under the per-target jobs: due targets whose job never ran (lost on send, failed
// for good, or sent to a queue that was wiped) and claims older than the lease (their worker died).
// Each gets a job now; the claim makes a job that turns out to be a duplicate a no-op.
import { findDueTargets, findStaleTargets } from '../../../db/queries/post-targets.ts';
import type { Ctx } from '../../shared/context.ts';
import type { EngineOptions } from './options.ts';

/** A job normally runs within seconds of its time: only targets late by more than this are swept. */
export const SWEEP_GRACE_MS = 60 * 1000;

export async function sweepPublishing(ctx: Ctx & { options: EngineOptions; requeue(targets: { id: string; scheduledAt: Date }[]): Promise<void> }, input: { limit: number; graceMs?: number }): Promise<{ due: number; stale: number }> {
  const now = ctx.clock.now();
  const due = await findDueTargets(ctx.db, { dueBefore: new Date(now.getTime() - (input.graceMs ?? SWEEP_GRACE_MS)), limit: input.limit });
  const stale = await findStaleTargets(ctx.db, { claimedBefore: new Date(now.getTime() - ctx.options.leaseSeconds * 1000), limit: input.limit });
  // Queued to run now: a stale claim's scheduled time has long passed.
  await ctx.requeue([...due, ...stale].map((t) => ({ id: t.id, scheduledAt: t.scheduledAt })));
  return { due: due.length, stale: stale.length };
}
