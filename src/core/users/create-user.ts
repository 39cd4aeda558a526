// Creates a user account (used by first-run setup, invitations and `tandem user create`).
import { emailIsTaken, findUserByEmail as findUserRowByEmail, insertUser } from '../../db/queries/users.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword, passwordSchema } from '../auth/passwords.ts';

export type NewUser = { email: string; name: string; password: string };

export async function createUser(ctx: Ctx, input: NewUser) {
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw new AppError('validation_failed', `Password must have ${password.error.issues[0]!.message}`);
  if (await emailIsTaken(ctx.db, input.email)) throw new AppError('conflict', `A user with e-mail ${input.email} already exists`);
  return insertUser(ctx.db, {
    id: newId(),
    email: input.email.trim(),
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    createdAt: ctx.clock.now(),
  });
}

export const findUserByEmail = (ctx: Ctx, email: string) => findUserRowByEmail(ctx.db, email);
