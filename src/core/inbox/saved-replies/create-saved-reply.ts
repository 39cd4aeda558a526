// Saves a canned answer for the team (inbox.configure).
import { insertSavedReply, type SavedReply } from '../../../db/queries/saved-replies.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { checkFields, checkShortcutFree, shortcutConflict, type SavedReplyFields } from './saved-reply-fields.ts';

export async function createSavedReply(ctx: WorkspaceCtx, input: SavedReplyFields): Promise<SavedReply> {
  checkFields(input);
  return inTransaction(ctx.db, async (db) => {
    await checkShortcutFree(db, ctx.workspaceId, input.shortcut);
    const now = ctx.clock.now();
    const row = await insertSavedReply(db, { id: newId(), workspaceId: ctx.workspaceId, ...input, createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null, createdAt: now, updatedAt: now });
    // Taken by a concurrent save between the check and the insert.
    if (!row) throw shortcutConflict(input.shortcut);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'saved_reply.create', targetType: 'saved_reply', targetId: row.id, after: row });
    return row;
  });
}
