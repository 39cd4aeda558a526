// API tokens of a workspace.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createApiToken, listApiTokens, revokeApiToken } from '../../core/tokens/api-tokens.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, roleSchema, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const token = z
  .object({ id: uuid, name: z.string(), role: roleSchema, prefix: z.string(), expiresAt: timestamp.nullable(), lastUsedAt: timestamp.nullable(), revokedAt: timestamp.nullable(), createdAt: timestamp })
  .openapi('ApiToken');

export const tokenRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('tokens.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/tokens', tags: ['API tokens'], summary: 'API tokens (never their secrets)', request: { params: workspaceParams }, responses: { 200: json(z.array(token)), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await listApiTokens(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('tokens.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/tokens',
      tags: ['API tokens'],
      summary: 'Create an API token with a role up to mine; the secret is shown once',
      request: { params: workspaceParams, body: body(z.object({ name: z.string().trim().min(1).max(80), role: roleSchema, expiresInDays: z.number().int().min(1).max(3650).optional() })) },
      responses: { 201: json(z.object({ id: uuid, name: z.string(), role: roleSchema, prefix: z.string(), expiresAt: timestamp.nullable(), secret: z.string() }), 'Created'), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => {
      const t = await createApiToken(c.get('ctx'), c.req.valid('json'));
      return c.json({ id: t.id, name: t.name, role: t.role, prefix: t.prefix, expiresAt: t.expiresAt?.toISOString() ?? null, secret: t.secret }, 201);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('tokens.manage'), method: 'delete', path: '/api/v1/workspaces/{workspaceId}/tokens/{tokenId}', tags: ['API tokens'], summary: 'Revoke an API token', request: { params: withId('tokenId') }, responses: { 204: { description: 'Revoked' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await revokeApiToken(c.get('ctx'), c.req.valid('param').tokenId);
      return c.body(null, 204);
    },
  );
