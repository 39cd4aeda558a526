// One attempt at sending one reply: claim it with a single committed conditional update
// (scheduled -> sending) before anything else, call the network, store the outcome. Safe to run
// any number of times, from any number of processes: whoever does not win the claim does nothing.
// The rules for an error are the publishing engine's (decideOutcome): a reply that may be on the
// network is sent again only when the network deduplicates on our key (native) or was asked first
// (read-back); otherwise it is marked failed as unknown_outcome and its author asked to check.
import type { Published } from '../../../../connectors/sdk/operations.ts';
import { transient, type ConnectorError } from '../../../../connectors/sdk/result.ts';
import { claimReply, findMessageById, type Held, type MessageRow } from '../../../../db/queries/messages.ts';
import { recordChannelOutcome } from '../../../channels/record-channel-outcome.ts';
import { decideOutcome } from '../../../publishing/engine/decide-outcome.ts';
import { AppError } from '../../../shared/errors.ts';
import { loadSendWork, type SendWork } from './load-send-work.ts';
import type { SenderCtx } from './sender-ctx.ts';
import { settleFailed, settleRetry, settleSent, type Settled } from './settle-reply.ts';

export type SendResult = Settled | 'not_claimed';

// How far before the reply was written a read-back looks (clock skew between us and the network).
const LOOKUP_MARGIN_MS = 5 * 60 * 1000;

/** Outcome unknown: a dead worker's claim was taken over, or the last attempt ended in a transient error. */
const mayBeOnNetwork = (reply: MessageRow) => reply.errorKind === 'unknown_outcome' || reply.errorKind === 'transient';

/** The reason shown when the reply may or may not be on the network. */
const unconfirmed = (why: string) => `The network did not confirm the reply (${why}): look at the conversation on the network before sending it again`;

type Attempt = { ctx: SenderCtx; reply: MessageRow; held: Held; work: SendWork };

async function onError({ ctx, reply, held, work }: Attempt, error: ConnectorError, where: 'publish' | 'read-back'): Promise<Settled> {
  if (error.kind !== 'transient') await recordChannelOutcome(ctx, { workspaceId: reply.workspaceId, channelId: reply.channelId }, { ok: false, error }, { accountCheck: false });
  const decision = decideOutcome({ error, where, mode: work.mode, attempts: reply.sendAttempts, now: ctx.clock.now(), options: ctx.options });
  if (decision.settle === 'failed') return settleFailed(ctx, reply, held, decision);
  if (decision.settle === 'needs_check') return settleFailed(ctx, reply, held, { kind: 'unknown_outcome', reason: unconfirmed(error.reason) });
  // known: the network refused this call, so nothing went out; else the next attempt asks first.
  const errorKind = decision.known ? error.kind : error.kind === 'transient' ? 'transient' : 'unknown_outcome';
  return settleRetry(ctx, held, { at: decision.at, errorKind, errorReason: error.reason, free: decision.free });
}

async function attempt(a: Attempt, state: { called: boolean }): Promise<Settled> {
  const { reply, work } = a;
  const { connector, cctx, mode } = work;
  if (mayBeOnNetwork(reply) && mode !== 'native') {
    if (mode === 'unverifiable') return settleFailed(a.ctx, reply, a.held, { kind: 'unknown_outcome', reason: unconfirmed('the attempt sending it was cut off') });
    const found = await connector.lookupPublished!(cctx, { idempotencyKey: reply.idempotencyKey!, text: reply.text, since: new Date(reply.createdAt.getTime() - LOOKUP_MARGIN_MS) });
    if (!found.ok) return onError(a, found.error, 'read-back');
    if (found.value) return settleSent(a.ctx, reply, a.held, found.value);
  }
  state.called = true;
  const input = { idempotencyKey: reply.idempotencyKey!, to: work.to, text: reply.text };
  const answer = work.operation === 'dm' ? await connector.sendDirectMessage!(cctx, input) : await connector.reply!(cctx, input);
  if (!answer.ok) return onError(a, answer.error, 'publish');
  return settleSent(a.ctx, reply, a.held, answer.value satisfies Published);
}

/** Not claimable now: a reply scheduled for later gets its job queued for then. */
async function notClaimed(ctx: SenderCtx, messageId: string): Promise<SendResult> {
  const reply = await findMessageById(ctx.db, messageId);
  if (reply?.sendState === 'scheduled' && reply.sendAt && reply.sendAt > ctx.clock.now()) await ctx.requeue([{ id: reply.id, sendAt: reply.sendAt }]);
  return 'not_claimed';
}

/**
 * An error of Tandem's own. Before the network call, a refusal by Tandem fails the reply and
 * anything else is retried; after it the reply may be out, so the claim is left to go stale and
 * the next holder treats the outcome as unknown.
 */
async function onInternalError(ctx: SenderCtx, reply: MessageRow, held: Held, called: boolean, err: unknown): Promise<SendResult> {
  const reason = err instanceof Error ? err.message : String(err);
  ctx.logger.warn({ messageId: reply.id, err }, 'reply attempt failed inside Tandem');
  if (called) return 'lost_claim';
  // An earlier attempt may have reached the network: the failure says so.
  const kind = (code: string) => (mayBeOnNetwork(reply) ? 'unknown_outcome' : code);
  if (err instanceof AppError) return settleFailed(ctx, reply, held, { kind: kind(err.code), reason });
  const decision = decideOutcome({ error: transient(reason).error, where: 'read-back', mode: 'read-back', attempts: reply.sendAttempts, now: ctx.clock.now(), options: ctx.options });
  if (decision.settle === 'retry') return settleRetry(ctx, held, { at: decision.at, errorKind: reply.errorKind ?? 'internal', errorReason: reason, free: false });
  return settleFailed(ctx, reply, held, { kind: kind('internal'), reason: `Gave up after ${reply.sendAttempts} attempts; the last said: ${reason}` });
}

export async function sendReply(ctx: SenderCtx, input: { messageId: string }): Promise<SendResult> {
  const reply = await claimReply(ctx.db, { messageId: input.messageId, now: ctx.clock.now(), leaseSeconds: ctx.options.leaseSeconds });
  if (!reply) return notClaimed(ctx, input.messageId);
  const held: Held = { messageId: reply.id, claimedAt: reply.claimedAt! };
  const deadline = AbortSignal.timeout(ctx.options.deadlineSeconds * 1000);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, deadline]) : deadline;
  const state = { called: false };
  try {
    const loaded = await loadSendWork(ctx, reply, signal);
    if ('refusal' in loaded) return await settleFailed(ctx, reply, held, { kind: 'rejected', reason: loaded.refusal });
    return await attempt({ ctx, reply, held, work: loaded.work }, state);
  } catch (err) {
    return onInternalError(ctx, reply, held, state.called, err);
  }
}
