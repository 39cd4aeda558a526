// Reads who is calling: a session cookie (browser) or a bearer API token (scripts). Cookie
// callers must echo their CSRF token on every unsafe request; bearer callers are not exposed
// to CSRF because browsers never attach the header on their own.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveApiToken } from '../../core/tokens/api-tokens.ts';
import { resolveSession } from '../../core/auth/sessions.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { AppEnv } from '../env.ts';

export const sessionCookie = 'tandem_session';
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const ctx = c.get('baseCtx');
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const token = await resolveApiToken(ctx, bearer);
    if (!token) throw new AppError('unauthenticated', 'The API token is unknown, expired or revoked');
    c.set('auth', { kind: 'token', token });
    c.set('baseCtx', { ...ctx, actor: { type: 'token', id: token.id, label: `token:${token.name}` } });
    return next();
  }
  const cookie = getCookie(c, sessionCookie);
  const session = cookie ? await resolveSession(ctx, cookie) : undefined;
  if (session) {
    if (unsafe.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
      throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the page');
    }
    c.set('auth', { kind: 'session', sessionId: session.sessionId, csrfToken: session.csrfToken, user: session.user });
    c.set('baseCtx', { ...ctx, actor: { type: 'user', id: session.user.id, label: session.user.email } });
  }
  return next();
};

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('auth')?.kind !== 'session') throw new AppError('unauthenticated', 'Sign in first');
  return next();
};
