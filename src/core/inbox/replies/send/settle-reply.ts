// The end of a sending attempt, one function per way it can end. Each write is fenced by the
// claim (a worker that lost its lease stores nothing) and lands with its audit entry in one
// transaction; people are told about a failure after the commit, so a failing mail server never
// undoes or repeats a result.
import type { Published } from '../../../../connectors/sdk/operations.ts';
import { completeReply, failReply, markConversationAnswered, releaseReply, type Held, type MessageRow } from '../../../../db/queries/messages.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../../shared/context.ts';
import { recordResponse } from '../../sla/record-response.ts';
import { notifyReplyFailed } from './notify-reply-failed.ts';
import { resolveAfterReply } from './resolve-after-reply.ts';
import type { SenderCtx } from './sender-ctx.ts';

export type Settled = 'sent' | 'failed' | 'retry' | 'lost_claim';

/** The system acts inside the reply's workspace (SLA, audit). */
const inWorkspace = (ctx: SenderCtx, db: SenderCtx['db'], reply: MessageRow): WorkspaceCtx => ({ db, clock: ctx.clock, actor: ctx.actor, workspaceId: reply.workspaceId, role: 'owner' });

export async function settleSent(ctx: SenderCtx, reply: MessageRow, held: Held, published: Published): Promise<Settled> {
  const at = ctx.clock.now();
  const row = await inTransaction(ctx.db, async (db) => {
    const sent = await completeReply(db, held, { ...published, at });
    if (!sent) return undefined;
    const wctx = inWorkspace(ctx, db, sent);
    // The SLA engine first, while the conversation still shows how long the person waited
    // (waiting_since) and whether anyone had answered before (first_response_at).
    await recordResponse(wctx, sent.conversationId, { at, userId: sent.userId });
    await markConversationAnswered(db, sent.conversationId, at);
    if (sent.resolveOnSend) await resolveAfterReply({ ...wctx, logger: ctx.logger }, sent.conversationId);
    await recordAudit(wctx, { workspaceId: sent.workspaceId, action: 'inbox.reply_sent', targetType: 'message', targetId: sent.id, before: { sendState: 'sending', attempts: reply.sendAttempts }, after: { sendState: 'sent', externalId: sent.externalId, url: sent.url } });
    return sent;
  });
  return row ? 'sent' : 'lost_claim';
}

export async function settleFailed(ctx: SenderCtx, reply: MessageRow, held: Held, error: { kind: string; reason: string }): Promise<Settled> {
  const row = await inTransaction(ctx.db, async (db) => {
    const failed = await failReply(db, held, { errorKind: error.kind, errorReason: error.reason });
    if (failed) await recordAudit(inWorkspace(ctx, db, failed), { workspaceId: failed.workspaceId, action: 'inbox.reply_failed', targetType: 'message', targetId: failed.id, before: { sendState: 'sending', attempts: reply.sendAttempts }, after: { sendState: 'failed', errorKind: failed.errorKind, errorReason: failed.errorReason } });
    return failed;
  });
  if (!row) return 'lost_claim';
  try {
    await notifyReplyFailed(ctx, row);
  } catch (err) {
    ctx.logger.error({ messageId: row.id, err }, 'could not notify about a failed reply');
  }
  return 'failed';
}

/** Back to scheduled at `at`, with its job queued for then (the sweep is the safety net if that send is lost). */
export async function settleRetry(ctx: SenderCtx, held: Held, retry: { at: Date; errorKind: string; errorReason: string; free: boolean }): Promise<Settled> {
  const row = await releaseReply(ctx.db, held, retry);
  if (!row) return 'lost_claim';
  await ctx.requeue([{ id: row.id, sendAt: retry.at }]);
  return 'retry';
}
