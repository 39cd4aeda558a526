// Edits a saved reply's name, shortcut or body (inbox.configure).
import { findSavedReply, updateSavedReply as updateRow, type SavedReply } from '../../../db/queries/saved-replies.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { checkFields, checkShortcutFree, type SavedReplyFields } from './saved-reply-fields.ts';

export async function updateSavedReply(ctx: WorkspaceCtx, id: string, patch: Partial<SavedReplyFields>): Promise<SavedReply> {
  checkFields(patch);
  return inTransaction(ctx.db, async (db) => {
    const before = await findSavedReply(db, ctx.workspaceId, id);
    if (!before) throw notFound('Saved reply');
    if (patch.shortcut !== undefined) await checkShortcutFree(db, ctx.workspaceId, patch.shortcut, id);
    const after = await updateRow(db, ctx.workspaceId, id, { ...patch, updatedAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'saved_reply.update', targetType: 'saved_reply', targetId: id, before, after });
    return after!;
  });
}
