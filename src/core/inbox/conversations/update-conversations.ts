// POST /inbox/conversations/bulk: one change for the list's selection (resolve, assign, tag,
// priority, snooze ...), all or none. One transaction; each conversation is changed as PATCH
// changes it (its events, an audit entry each, the SLA engine, the assignee's notification), in
// id order so two bulk changes lock in the same order. The first refusal undoes them all and
// names the conversation it came from.
import { inTransaction } from '../../../db/transaction.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { ConversationSummary } from './conversation-summary.ts';
import { updateConversation, type ConversationPatch } from './update-conversation.ts';

export const MAX_BULK = 100;

export async function updateConversations(ctx: WorkspaceCtx, conversationIds: string[], patch: ConversationPatch): Promise<ConversationSummary[]> {
  const ids = [...new Set(conversationIds)].sort();
  if (ids.length === 0 || ids.length > MAX_BULK) throw new AppError('validation_failed', `A bulk change takes 1 to ${MAX_BULK} conversations`);
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const changed: ConversationSummary[] = [];
    for (const id of ids) {
      try {
        changed.push(await updateConversation(tx, id, patch));
      } catch (err) {
        if (err instanceof AppError) throw new AppError(err.code, err.message, { ...err.details, conversationId: id });
        throw err;
      }
    }
    return changed;
  });
}
