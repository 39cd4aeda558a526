// The invitee's side of an invitation: look it up, then accept it (and get signed in).
// The token travels in the body, never in a URL, so it cannot end up in access logs.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { acceptInvitation, describeInvitation } from '../../core/members/accept-invitation.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, roleSchema, uuid } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { setSessionCookie } from './session-cookie.ts';

const token = z.string().min(10).max(200);

export const invitationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/invitations/lookup',
      tags: ['Members'],
      summary: 'What an invitation is for',
      request: { body: body(z.object({ token })) },
      responses: { 200: json(z.object({ workspaceName: z.string(), email: z.string(), role: roleSchema, hasAccount: z.boolean() })), 410: problems[410] },
    }),
    async (c) => c.json(await describeInvitation(c.get('baseCtx'), c.req.valid('json').token), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/invitations/accept',
      tags: ['Members'],
      summary: 'Accept an invitation; newcomers choose a name and password, others confirm theirs',
      request: { body: body(z.object({ token, password: z.string().min(1).max(200), name: z.string().trim().max(120).optional() })) },
      responses: { 200: json(z.object({ workspaceId: uuid, csrfToken: z.string() })), 400: problems[400], 401: problems[401], 410: problems[410] },
    }),
    async (c) => {
      const result = await acceptInvitation(c.get('baseCtx'), c.req.valid('json'));
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ workspaceId: result.workspaceId, csrfToken: result.csrfToken }, 200);
    },
  );
