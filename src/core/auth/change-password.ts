// Changes the signed-in user's password and ends their other sessions. Each workspace the user
// belongs to records it, so its admins can see account changes of their members.
import { deleteOtherSessions } from '../../db/queries/sessions.ts';
import { findUserById, updateUserPassword } from '../../db/queries/users.ts';
import { listWorkspacesOfUser } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { hashPassword, passwordSchema, verifyPassword } from './passwords.ts';

export async function changePassword(ctx: Ctx, input: { userId: string; sessionId: string; currentPassword: string; newPassword: string }) {
  const user = await findUserById(ctx.db, input.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 'The current password is wrong');
  }
  const parsed = passwordSchema.safeParse(input.newPassword);
  if (!parsed.success) throw new AppError('validation_failed', `New password must have ${parsed.error.issues[0]!.message}`);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx.db, async (db) => {
    await updateUserPassword(db, user.id, passwordHash);
    const ended = await deleteOtherSessions(db, user.id, input.sessionId);
    for (const workspace of await listWorkspacesOfUser(db, user.id)) {
      await recordAudit({ ...ctx, db }, { workspaceId: workspace.id, action: 'user.password_change', targetType: 'user', targetId: user.id, after: { otherSessionsEnded: ended } });
    }
  });
}
