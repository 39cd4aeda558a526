// Channels of a workspace (docs/channels.md): connect, list, read, rename or reconfigure, test,
// reconnect, disconnect. Credentials go in, never out.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { connectChannel } from '../../core/channels/connect-channel.ts';
import { disconnectChannel } from '../../core/channels/disconnect-channel.ts';
import { getChannel } from '../../core/channels/get-channel.ts';
import { listChannels } from '../../core/channels/list-channels.ts';
import { reconnectChannel } from '../../core/channels/reconnect-channel.ts';
import { testChannel } from '../../core/channels/test-channel.ts';
import { updateChannel } from '../../core/channels/update-channel.ts';
import type { ChannelsCtx } from '../../core/channels/channels-ctx.ts';
import { channelHealth, channelStatus } from '../../db/schema/index.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, problemSchema, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

export const channelSchema = z
  .object({
    id: uuid,
    network: z.string(),
    displayName: z.string(),
    accountId: z.string().nullable(),
    accountHandle: z.string().nullable(),
    config: z.record(z.string(), z.unknown()),
    status: z.enum(channelStatus),
    health: z.enum(channelHealth),
    healthReason: z.string().nullable(),
    rateLimitedUntil: timestamp.nullable(),
    limits: z.unknown().openapi({ description: "The account's limits as read from the network (AccountLimits)" }),
    lastCheckedAt: timestamp.nullable(),
    credentialsExpireAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('Channel');

const credentials = z.record(z.string(), z.unknown()).openapi({ description: 'What GET /api/v1/connectors lists as credentialFields for the network' });
const displayName = z.string().trim().min(1).max(120);
const connectProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422], 503: { description: 'The network could not be reached; see Retry-After', content: { 'application/problem+json': { schema: problemSchema } } } } as const;

export const channelsCtx = (c: Context<AppEnv>): ChannelsCtx => {
  const { keyring, connectors } = c.get('runtime');
  return { ...c.get('ctx'), keyring, connectors };
};

const tags = ['Channels'];
const one = '/api/v1/workspaces/{workspaceId}/channels/{channelId}';

export const channelRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('channels.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/channels', tags, summary: 'Channels of the workspace, connected or not', request: { params: workspaceParams }, responses: { 200: json(z.array(channelSchema)), 404: problems[404] } }),
    async (c) => c.json(await listChannels(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('channels.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/channels',
      tags,
      summary: 'Connect an account (the same account again updates its channel: 200)',
      request: { params: workspaceParams, body: body(z.object({ network: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/), displayName: displayName.optional(), config: z.record(z.string(), z.unknown()).default({}), credentials: credentials.optional() })) },
      responses: { 201: json(channelSchema, 'Connected'), 200: json(channelSchema, 'Updated the channel of this account'), ...connectProblems },
    }),
    async (c) => {
      const { channel, created } = await connectChannel(channelsCtx(c), c.req.valid('json'));
      return created ? c.json(channel, 201) : c.json(channel, 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('channels.read'), method: 'get', path: one, tags, summary: 'Read a channel', request: { params: withId('channelId') }, responses: { 200: json(channelSchema), 404: problems[404] } }),
    async (c) => c.json(await getChannel(c.get('ctx'), c.req.valid('param').channelId), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('channels.manage'),
      method: 'patch',
      path: one,
      tags,
      summary: 'Rename a channel or change its configuration',
      request: { params: withId('channelId'), body: body(z.object({ displayName: displayName.optional(), config: z.record(z.string(), z.unknown()).optional() })) },
      responses: { 200: json(channelSchema), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await updateChannel(channelsCtx(c), c.req.valid('param').channelId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('channels.manage'), method: 'post', path: `${one}/test`, tags, summary: 'Check the credentials and limits with the network now; the answer is the channel with its health', request: { params: withId('channelId') }, responses: { 200: json(channelSchema), 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await testChannel(channelsCtx(c), c.req.valid('param').channelId), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('channels.manage'),
      method: 'post',
      path: `${one}/reconnect`,
      tags,
      summary: 'Replace the credentials (same account); health back to ok',
      request: { params: withId('channelId'), body: body(z.object({ credentials })) },
      responses: { 200: json(channelSchema), ...connectProblems },
    }),
    async (c) => c.json(await reconnectChannel(channelsCtx(c), c.req.valid('param').channelId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('channels.manage'), method: 'delete', path: one, tags, summary: 'Disconnect: credentials wiped, everything the channel brought in kept', request: { params: withId('channelId') }, responses: { 204: { description: 'Disconnected' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await disconnectChannel(c.get('ctx'), c.req.valid('param').channelId);
      return c.body(null, 204);
    },
  );
