// The signed-in person's notifications in a workspace (a post failed ...), for the bell.
// Every member may read their own, so the action is workspace.read.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countMyUnread, listMyNotifications, markAllMineRead, markMyNotificationRead } from '../../core/notifications/my-notifications.ts';
import type { AppEnv } from '../env.ts';
import { json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const notification = z
  .object({
    id: uuid,
    kind: z.string().openapi({ example: 'post_failed' }),
    title: z.string(),
    body: z.string(),
    subject: z.record(z.string(), z.string()).openapi({ description: 'What it is about: postId, targetId, channelId ...' }),
    readAt: timestamp.nullable(),
    emailedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('Notification');

const base = '/api/v1/workspaces/{workspaceId}/notifications';

export const notificationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...inWorkspace('workspace.read'),
      method: 'get',
      path: base,
      tags: ['Notifications'],
      summary: 'My notifications in this workspace, newest first',
      request: { params: workspaceParams, query: pageQuery.extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }) },
      responses: { 200: json(page(notification)), 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await listMyNotifications(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('workspace.read'), method: 'get', path: `${base}/unread-count`, tags: ['Notifications'], summary: 'How many of my notifications are unread', request: { params: workspaceParams }, responses: { 200: json(z.object({ count: z.number().int() })), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json({ count: await countMyUnread(c.get('ctx')) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('workspace.read'), method: 'post', path: `${base}/read-all`, tags: ['Notifications'], summary: 'Mark all my notifications read', request: { params: workspaceParams }, responses: { 200: json(z.object({ marked: z.number().int() })), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await markAllMineRead(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('workspace.read'), method: 'post', path: `${base}/{notificationId}/read`, tags: ['Notifications'], summary: 'Mark one of my notifications read', request: { params: withId('notificationId') }, responses: { 200: json(z.object({ id: uuid, readAt: timestamp })), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await markMyNotificationRead(c.get('ctx'), c.req.valid('param').notificationId), 200),
  );
