// Channels as placeholders until the connectors issue: create with sealed credentials, list, read.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createChannel, getChannel, listChannels } from '../../core/channels/channels.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const channel = z
  .object({
    id: uuid,
    network: z.string(),
    displayName: z.string(),
    limits: z.unknown(),
    health: z.enum(['ok', 'needs_reconnect', 'rate_limited', 'failing']),
    healthReason: z.string().nullable(),
    rateLimitedUntil: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('Channel');

export const channelRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('channels.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/channels', tags: ['Channels'], summary: 'Connected channels', request: { params: workspaceParams }, responses: { 200: json(z.array(channel)), 404: problems[404] } }),
    async (c) => c.json(await listChannels(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('channels.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/channels',
      tags: ['Channels'],
      summary: 'Add a channel (credentials are encrypted at rest and never returned)',
      request: { params: workspaceParams, body: body(z.object({ network: z.string().regex(/^[a-z0-9-]{2,30}$/), displayName: z.string().trim().min(1).max(120), credentials: z.record(z.string(), z.unknown()).optional() })) },
      responses: { 201: json(channel, 'Created'), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await createChannel({ ...c.get('ctx'), keyring: c.get('runtime').keyring }, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('channels.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/channels/{channelId}', tags: ['Channels'], summary: 'Read a channel', request: { params: withId('channelId') }, responses: { 200: json(channel), 404: problems[404] } }),
    async (c) => c.json(await getChannel(c.get('ctx'), c.req.valid('param').channelId), 200),
  );
