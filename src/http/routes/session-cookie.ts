// The session cookie: HttpOnly, SameSite=Lax, Secure on HTTPS and on localhost (which browsers
// treat as a secure context), so it never travels in clear over a network.
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { sessionCookie } from '../middleware/authenticate.ts';

function isSecure(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function setSessionCookie(c: Context, token: string, expires: Date) {
  setCookie(c, sessionCookie, token, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c), path: '/', expires });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, sessionCookie, { path: '/', secure: isSecure(c) });
}
