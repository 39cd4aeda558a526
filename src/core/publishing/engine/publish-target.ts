// One attempt at one target (docs/adr/0012-publishing-exactly-once.md): claim it with a single
// committed statement before anything else (it also marks the post publishing and reads it), then publish what is not on the network yet, then store
// the outcome. Safe to run any number of times, from any number of processes, at any moment:
// whoever does not win the claim does nothing.
import { claimTargetWithPost, findTarget, type PostTarget } from '../../../db/queries/post-targets.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { transient } from '../../../connectors/sdk/result.ts';
import { decideOutcome } from './decide-outcome.ts';
import type { EngineCtx } from './engine-ctx.ts';
import { loadWork } from './load-work.ts';
import { publishSteps } from './publish-steps.ts';
import { settleFailed, settleNeedsCheck, settleRetry, type Settled } from './settle-target.ts';

export type AttemptResult = Settled | 'not_claimed';

/** A target that is not claimable now: if it is scheduled for later, its job is queued for then. */
async function notClaimed(ctx: EngineCtx, targetId: string): Promise<AttemptResult> {
  const target = await findTarget(ctx.db, targetId);
  if (target?.state === 'scheduled' && target.scheduledAt && target.scheduledAt > ctx.clock.now()) await ctx.requeue([{ id: target.id, scheduledAt: target.scheduledAt }]);
  return 'not_claimed';
}

/** An error of Tandem's own (the database, a media file) rather than the network's answer. */
async function onInternalError(ctx: EngineCtx, target: PostTarget, token: string, err: unknown): Promise<Settled> {
  const held = { target, token };
  const reason = err instanceof Error ? err.message : String(err);
  ctx.logger.warn({ targetId: target.id, err }, 'publishing attempt failed inside Tandem');
  // A refusal by Tandem (invalid media, a missing channel) will not change on retry.
  if (err instanceof AppError) {
    const latest = await findTarget(ctx.db, target.id);
    return latest?.outcomeUnknown ? settleNeedsCheck(ctx, held, { kind: err.code, reason }) : settleFailed(ctx, held, { kind: err.code, reason });
  }
  const decision = decideOutcome({ error: transient(reason).error, where: 'read-back', mode: 'read-back', attempts: target.attempts, now: ctx.clock.now(), options: ctx.options });
  if (decision.settle === 'retry') return settleRetry(ctx, held, transient(reason).error, decision.at, { known: false, free: false });
  return decision.settle === 'failed' ? settleFailed(ctx, held, decision) : settleNeedsCheck(ctx, held, decision);
}

export async function publishTarget(ctx: EngineCtx, input: { targetId: string }): Promise<AttemptResult> {
  const token = newId();
  // Committed on its own, before any network call: from here on only this attempt may write results.
  const claimed = await claimTargetWithPost(ctx.db, { targetId: input.targetId, token, now: ctx.clock.now(), leaseSeconds: ctx.options.leaseSeconds });
  if (!claimed) return notClaimed(ctx, input.targetId);
  const { target, post } = claimed;
  const deadline = AbortSignal.timeout(ctx.options.deadlineSeconds * 1000);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, deadline]) : deadline;
  try {
    const loaded = await loadWork(ctx, target, post, signal);
    if ('refusal' in loaded) return await settleFailed(ctx, { target, token }, { kind: 'rejected', reason: loaded.refusal });
    return await publishSteps(ctx, loaded.work, token);
  } catch (err) {
    return onInternalError(ctx, target, token, err);
  }
}
