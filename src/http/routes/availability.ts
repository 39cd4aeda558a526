// Inbox availability (docs/inbox.md, "Assignment and workload"): who takes new conversations and
// up to how many open ones. Members set their own; inbox.configure sets others' and caps.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { setAvailability } from '../../core/inbox/assignment/set-availability.ts';
import { currentLoad } from '../../core/inbox/workload/current-load.ts';
import type { AppEnv } from '../env.ts';
import { body, hatSchema, inWorkspace, json, problems, roleSchema, timestamp, uuid, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const count = z.number().int().min(0);
export const memberLoad = z
  .object({
    userId: uuid,
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    hat: hatSchema,
    available: z.boolean(),
    open: count.openapi({ description: 'Assigned conversations neither pending, snoozed nor resolved' }),
    cap: count.openapi({ description: 'Round-robin gives no more once open reaches it' }),
    ownCap: count.nullable().openapi({ description: "The member's own cap; null: the workspace's default" }),
    lastAssignedAt: timestamp.nullable(),
  })
  .openapi('MemberLoad');
const availability = z.object({ userId: uuid, available: z.boolean(), openCap: count.nullable() }).openapi('InboxAvailability');
const path = '/api/v1/workspaces/{workspaceId}/inbox/availability';
const tags = ['Inbox'];

export const availabilityRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path, tags, summary: 'Members who may answer: available, cap, open conversations now', request: { params: workspaceParams }, responses: { 200: json(z.object({ members: z.array(memberLoad), defaultOpenCap: count })), 404: problems[404] } }),
    async (c) => c.json(await currentLoad(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.reply'),
      method: 'put',
      path,
      tags,
      summary: "Take new conversations or not (yourself; another member's or a cap needs inbox.configure)",
      request: { params: workspaceParams, body: body(z.object({ userId: uuid.optional(), available: z.boolean(), openCap: z.number().int().min(0).max(10_000).nullable().optional() })) },
      responses: { 200: json(availability), 400: problems[400], 403: problems[403], 404: problems[404], 422: problems[422] },
    }),
    async (c) => c.json(await setAvailability(c.get('ctx'), c.req.valid('json')), 200),
  );
