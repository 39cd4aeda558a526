// Changes the signed-in user's password and ends their other sessions.
import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { hashPassword, passwordSchema, verifyPassword } from './passwords.ts';

export async function changePassword(ctx: Ctx, input: { userId: string; sessionId: string; currentPassword: string; newPassword: string }) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 'The current password is wrong');
  }
  const parsed = passwordSchema.safeParse(input.newPassword);
  if (!parsed.success) throw new AppError('validation_failed', `New password must have ${parsed.error.issues[0]!.message}`);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (db) => {
    await db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, input.sessionId)));
  });
}
