// Creates a user account (used by first-run setup, invitations and `tandem user create`).
import { sql } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword, passwordSchema } from '../auth/passwords.ts';

export type NewUser = { email: string; name: string; password: string };

export async function createUser(ctx: Ctx, input: NewUser) {
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) throw new AppError('validation_failed', `Password must have ${password.error.issues[0]!.message}`);
  const existing = await ctx.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`);
  if (existing.length) throw new AppError('conflict', `A user with e-mail ${input.email} already exists`);
  const [user] = await ctx.db
    .insert(users)
    .values({
      id: newId(),
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      createdAt: ctx.clock.now(),
    })
    .returning({ id: users.id, email: users.email, name: users.name });
  return user!;
}

export async function findUserByEmail(ctx: Ctx, email: string) {
  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return user;
}
