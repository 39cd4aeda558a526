// The workload view (docs/inbox.md, "Assignment and workload"): who holds how many open
// conversations now, against their cap, and over time, so that nobody drowns.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getWorkload } from '../../core/inbox/workload/get-workload.ts';
import type { AppEnv } from '../env.ts';
import { inWorkspace, json, problems, timestamp, uuid, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { memberLoad } from './availability.ts';

const workload = z
  .object({
    from: timestamp,
    to: timestamp,
    bucketSeconds: z.number().int().openapi({ description: 'Each point is the highest open count in its bucket (10 minutes up to ~500 points)' }),
    members: z.array(memberLoad),
    series: z.array(z.object({ userId: uuid, points: z.array(z.object({ at: timestamp, open: z.number().int() })) })),
  })
  .openapi('Workload');

export const workloadRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError }).openapi(
  createRoute({
    ...inWorkspace('inbox.read'),
    method: 'get',
    path: '/api/v1/workspaces/{workspaceId}/inbox/workload',
    tags: ['Inbox'],
    summary: "Each member's open load now (open, cap, available) and over the period (default: the last 7 days)",
    request: { params: workspaceParams, query: z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() }) },
    responses: { 200: json(workload), 400: problems[400], 404: problems[404] },
  }),
  async (c) => c.json(await getWorkload(c.get('ctx'), c.req.valid('query')), 200),
);
