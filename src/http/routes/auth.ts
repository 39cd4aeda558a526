// Sign in, sign out, who am I, and password change.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { clientAddress } from '../client-address.ts';
import { getCookie } from 'hono/cookie';
import { changePassword } from '../../core/auth/change-password.ts';
import { login } from '../../core/auth/login.ts';
import { deleteSession } from '../../core/auth/sessions.ts';
import { listMyWorkspaces } from '../../core/workspaces/list-my-workspaces.ts';
import type { AppEnv } from '../env.ts';
import { sessionCookie } from '../middleware/authenticate.ts';
import { body, hatSchema, json, problems, roleSchema, userRoute, uuid } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

const me = z
  .object({
    user: z.object({ id: uuid, email: z.string(), name: z.string() }),
    csrfToken: z.string(),
    workspaces: z.array(z.object({ id: uuid, name: z.string(), timeZone: z.string(), role: roleSchema, hat: hatSchema })),
  })
  .openapi('Session');

export const authRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      tags: ['Auth'],
      summary: 'Sign in with e-mail and password',
      request: { body: body(z.object({ email: z.email(), password: z.string().min(1).max(200) })) },
      responses: { 200: json(z.object({ csrfToken: z.string() })), 400: problems[400], 401: problems[401], 429: problems[429] },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const runtime = c.get('runtime');
      const result = await login(c.get('baseCtx'), { email, password, clientAddress: clientAddress(c) }, runtime.config.login);
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ csrfToken: result.csrfToken }, 200);
    },
  )
  .openapi(
    userRoute({ method: 'post', path: '/api/v1/auth/logout', tags: ['Auth'], summary: 'Sign out', responses: { 204: { description: 'Signed out' }, 401: problems[401] } }),
    async (c) => {
      await deleteSession(c.get('baseCtx'), getCookie(c, sessionCookie)!);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    userRoute({ method: 'get', path: '/api/v1/auth/session', tags: ['Auth'], summary: 'The signed-in person, their workspaces and CSRF token', responses: { 200: json(me), 401: problems[401] } }),
    async (c) => {
      const auth = c.get('auth');
      if (auth?.kind !== 'session') throw new Error('unreachable');
      const workspaces = await listMyWorkspaces(c.get('baseCtx'), auth.user.id);
      return c.json({ user: auth.user, csrfToken: auth.csrfToken, workspaces }, 200);
    },
  )
  .openapi(
    userRoute({
      method: 'post',
      path: '/api/v1/auth/password',
      tags: ['Auth'],
      summary: 'Change my password (signs out my other sessions)',
      request: { body: body(z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(200) })) },
      responses: { 204: { description: 'Changed' }, 400: problems[400], 401: problems[401] },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (auth?.kind !== 'session') throw new Error('unreachable');
      await changePassword(c.get('baseCtx'), { userId: auth.user.id, sessionId: auth.sessionId, ...c.req.valid('json') });
      return c.body(null, 204);
    },
  );
