// First-run setup: create the owner account and the first workspace, then sign in.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { completeSetup, isSetupNeeded } from '../../core/auth/setup.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, uuid } from '../openapi.ts';
import { setSessionCookie } from './session-cookie.ts';
import { onValidationError } from '../problem.ts';

const setupInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email(),
  password: z.string().min(10).max(200),
  workspaceName: z.string().trim().min(1).max(120),
  timeZone: z.string().optional(),
});

export const setupRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ method: 'get', path: '/api/v1/setup', tags: ['Setup'], summary: 'Whether first-run setup is still needed', responses: { 200: json(z.object({ needed: z.boolean() })) } }),
    async (c) => c.json({ needed: await isSetupNeeded(c.get('baseCtx')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/setup',
      tags: ['Setup'],
      summary: 'Create the owner account and the first workspace',
      request: { body: body(setupInput) },
      responses: { 201: json(z.object({ userId: uuid, workspaceId: uuid, csrfToken: z.string() }), 'Set up and signed in'), 400: problems[400], 409: problems[409] },
    }),
    async (c) => {
      const result = await completeSetup(c.get('baseCtx'), c.req.valid('json'));
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ userId: result.user.id, workspaceId: result.workspace.id, csrfToken: result.csrfToken }, 201);
    },
  );
