// The audit log of a workspace with filters.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listAudit } from '../../core/audit/list-audit.ts';
import type { AppEnv } from '../env.ts';
import { json, page, pageQuery, problems, timestamp, uuid, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const entry = z
  .object({
    id: uuid,
    actorType: z.enum(['user', 'token', 'system']),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    createdAt: timestamp,
  })
  .openapi('AuditEntry');

const filters = pageQuery.extend({
  action: z.string().max(100).optional().openapi({ description: 'Exact action, or a prefix ending in .* (member.*)' }),
  actor: z.string().max(200).optional().openapi({ description: 'Part of the actor e-mail or token name' }),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const auditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError }).openapi(
  createRoute({ ...inWorkspace('audit.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/audit', tags: ['Audit'], summary: 'Audit entries, newest first', request: { params: workspaceParams, query: filters }, responses: { 200: json(page(entry)), 400: problems[400], 403: problems[403], 404: problems[404] } }),
  async (c) => c.json(await listAudit(c.get('ctx'), c.req.valid('query')), 200),
);
