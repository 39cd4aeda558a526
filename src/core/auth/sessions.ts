// Browser sessions: a random token in an HttpOnly cookie, stored only as its hash, with a
// CSRF token the web app echoes in a header on every unsafe request.
import { and, eq, gt } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index.ts';
import type { Ctx } from '../shared/context.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

export const sessionTtlMs = 14 * 24 * 3600 * 1000;

export async function createSession(ctx: Ctx, userId: string) {
  const token = newSecret('tss');
  const csrfToken = newSecret('csrf', 24);
  const expiresAt = new Date(ctx.clock.now().getTime() + sessionTtlMs);
  await ctx.db.insert(sessions).values({ id: newId(), tokenHash: hashSecret(token), userId, csrfToken, expiresAt, createdAt: ctx.clock.now() });
  return { token, csrfToken, expiresAt };
}

export async function resolveSession(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({ sessionId: sessions.id, csrfToken: sessions.csrfToken, user: { id: users.id, email: users.email, name: users.name } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, ctx.clock.now()), eq(users.isDisabled, false)));
  return row;
}

export async function deleteSession(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}
