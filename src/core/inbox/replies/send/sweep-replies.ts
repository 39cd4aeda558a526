// The safety net under the per-reply jobs: due replies whose job never ran (lost on send, failed
// for good, or sent to a queue that was wiped) and claims older than the lease (their worker died
// mid-call). Each gets a job now; the claim makes a job that turns out to be a duplicate a no-op,
// and a stale claim is taken over as an unknown outcome (send-reply.ts decides what is safe).
import { findRepliesToSweep } from '../../../../db/queries/messages.ts';
import type { EngineOptions } from '../../../publishing/engine/options.ts';
import type { Ctx } from '../../../shared/context.ts';
import type { QueuedReply } from '../reply-ctx.ts';

/** A reply's job normally runs within a second of its time: only replies later than this are swept. */
export const REPLY_SWEEP_GRACE_MS = 10 * 1000;

export async function sweepReplies(ctx: Ctx & { options: EngineOptions; requeue(replies: QueuedReply[]): Promise<void> }, input: { limit: number; graceMs?: number }): Promise<number> {
  const now = ctx.clock.now();
  const found = await findRepliesToSweep(ctx.db, { dueBefore: new Date(now.getTime() - (input.graceMs ?? REPLY_SWEEP_GRACE_MS)), claimedBefore: new Date(now.getTime() - ctx.options.leaseSeconds * 1000), limit: input.limit });
  await ctx.requeue(found.map((r) => ({ id: r.id, sendAt: now })));
  return found.length;
}
