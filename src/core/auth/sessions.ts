// Browser sessions: a random token in an HttpOnly cookie, stored only as its hash, with a
// CSRF token the web app echoes in a header on every unsafe request.
import { deleteSessionByTokenHash, findLiveSession, insertSession } from '../../db/queries/sessions.ts';
import type { Ctx } from '../shared/context.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

export const sessionTtlMs = 14 * 24 * 3600 * 1000;

export async function createSession(ctx: Ctx, userId: string) {
  const token = newSecret('tss');
  const csrfToken = newSecret('csrf', 24);
  const expiresAt = new Date(ctx.clock.now().getTime() + sessionTtlMs);
  await insertSession(ctx.db, { id: newId(), tokenHash: hashSecret(token), userId, csrfToken, expiresAt, createdAt: ctx.clock.now() });
  return { token, csrfToken, expiresAt };
}

export async function resolveSession(ctx: Ctx, token: string) {
  return findLiveSession(ctx.db, hashSecret(token), ctx.clock.now());
}

export async function deleteSession(ctx: Ctx, token: string): Promise<void> {
  await deleteSessionByTokenHash(ctx.db, hashSecret(token));
}
