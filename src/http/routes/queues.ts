// Queues (docs/publishing.md, "Workflow"): each channel's weekly slots, and the free ones for the
// calendar. "Add to queue" itself is POST /posts/{postId}/queue in post-workflow.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listFreeSlots } from '../../core/publishing/queues/free-slots.ts';
import { getQueueSlots, putQueueSlots } from '../../core/publishing/queues/queue-slots.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const tags = ['Queues'];
const slot = z.object({ weekday: z.number().int().min(0).max(6).openapi({ description: '0 = Monday ... 6 = Sunday' }), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).openapi({ example: '09:30' }) });
const slotsSchema = z.object({ channelId: uuid, timeZone: z.string(), slots: z.array(slot) }).openapi('QueueSlots');
const path = '/api/v1/workspaces/{workspaceId}/channels/{channelId}/queue-slots';

export const queueRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('channels.read'), method: 'get', path, tags, summary: "A channel's weekly queue slots, in the workspace time zone", request: { params: withId('channelId') }, responses: { 200: json(slotsSchema), 404: problems[404] } }),
    async (c) => c.json(await getQueueSlots(c.get('ctx'), c.req.valid('param').channelId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('queues.manage'), method: 'put', path, tags, summary: "Replace a channel's weekly queue slots", request: { params: withId('channelId'), body: body(z.object({ slots: z.array(slot).max(200) })) }, responses: { 200: json(slotsSchema), 400: problems[400], 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await putQueueSlots(c.get('ctx'), c.req.valid('param').channelId, c.req.valid('json').slots), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('posts.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/queue/free-slots',
      tags,
      summary: 'Queue slots no post has taken yet, for the calendar (62 days at most)',
      request: { params: workspaceParams, query: z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }), channelId: uuid.optional() }) },
      responses: { 200: json(z.object({ items: z.array(z.object({ channelId: uuid, at: timestamp })) })), 400: problems[400], 404: problems[404] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const items = await listFreeSlots(c.get('ctx'), { from: new Date(q.from), to: new Date(q.to), channelId: q.channelId });
      return c.json({ items: items.map((s) => ({ channelId: s.channelId, at: s.at.toISOString() })) }, 200);
    },
  );
