// Changes the signed-in user's password and ends their other sessions.
import { deleteOtherSessions } from '../../db/queries/sessions.ts';
import { findUserById, updateUserPassword } from '../../db/queries/users.ts';
import { inTransaction } from '../../db/transaction.ts';
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
    await deleteOtherSessions(db, user.id, input.sessionId);
  });
}
