// Cancels a reply that is waiting to be sent ("send later", or a retry waiting for its time). It
// is deleted in one conditional statement, so it either never reaches the network or, when a
// sender has already claimed it, the cancel is refused: it may be on the network already.
import { deleteScheduledReply, findMessage, findUserNames } from '../../../db/queries/messages.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { messageView, type MessageView } from './message-view.ts';

/** Returns the cancelled reply, so the reply box can offer its text again. */
export async function cancelReply(ctx: WorkspaceCtx, conversationId: string, messageId: string): Promise<MessageView> {
  const row = await inTransaction(ctx.db, async (db) => {
    const deleted = await deleteScheduledReply(db, ctx.workspaceId, conversationId, messageId);
    if (!deleted) {
      const message = await findMessage(db, ctx.workspaceId, conversationId, messageId);
      if (!message || message.kind !== 'reply') throw notFound('Reply');
      throw new AppError('invalid_transition', message.sendState === 'sending' ? 'The reply is being sent right now and can no longer be cancelled' : `The reply is ${message.sendState}: only a reply waiting to be sent can be cancelled`, { sendState: message.sendState });
    }
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox.reply_cancel', targetType: 'message', targetId: messageId, before: { conversationId, sendAt: deleted.sendAt, text: deleted.text } });
    return deleted;
  });
  const names = await findUserNames(ctx.db, row.userId ? [row.userId] : []);
  return messageView(row, row.userId ? (names.get(row.userId) ?? null) : null);
}
