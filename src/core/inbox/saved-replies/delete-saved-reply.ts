// Removes a saved reply (inbox.configure); replies already written from it keep their text.
import { deleteSavedReply as deleteRow } from '../../../db/queries/saved-replies.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';

export async function deleteSavedReply(ctx: WorkspaceCtx, id: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const before = await deleteRow(db, ctx.workspaceId, id);
    if (!before) throw notFound('Saved reply');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'saved_reply.delete', targetType: 'saved_reply', targetId: id, before });
  });
}
