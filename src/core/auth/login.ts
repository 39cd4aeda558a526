// E-mail + password login, limited per e-mail (LOGIN_MAX_FAILURES) and per client address (four
// times as many, since offices share an address) for LOGIN_WINDOW_MINUTES. The counter lives in the database, so several
// API processes share it.
import { clearLoginFailures, countLoginFailure, findLoginFailures } from '../../db/queries/login-failures.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { findUserByEmail } from '../users/create-user.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

export type LoginLimits = { maxFailures: number; windowMinutes: number };

export async function login(ctx: Ctx, input: { email: string; password: string; clientAddress: string }, limits: LoginLimits) {
  const keys = [`email:${input.email.toLowerCase()}`, `ip:${input.clientAddress}`];
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const counters = await findLoginFailures(ctx.db, keys);
  const limitOf = (key: string) => (key.startsWith('ip:') ? limits.maxFailures * 4 : limits.maxFailures);
  const blocked = counters.find((c) => c.windowStart > windowStart && c.count >= limitOf(c.key));
  if (blocked) {
    const retryAfter = Math.ceil((blocked.windowStart.getTime() + limits.windowMinutes * 60_000 - now.getTime()) / 1000);
    throw new AppError('rate_limited', 'Too many failed logins; try again later', { retryAfterSeconds: retryAfter });
  }
  const user = await findUserByEmail(ctx, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !ok || user.isDisabled) {
    for (const key of keys) await countLoginFailure(ctx.db, key, now, windowStart);
    throw new AppError('invalid_credentials', 'E-mail or password is wrong');
  }
  await clearLoginFailures(ctx.db, keys[0]!);
  const session = await createSession(ctx, user.id);
  return { user: { id: user.id, email: user.email, name: user.name }, ...session };
}
