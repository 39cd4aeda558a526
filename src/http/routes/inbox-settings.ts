// Inbox settings (docs/inbox.md, "Triage"): the hand-off hat of replies to published posts, the
// workspace's own statuses, auto-assignment and its default cap; and each channel's queue hat.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getInboxSettings } from '../../core/inbox/settings/inbox-settings.ts';
import { listChannelHats, setChannelInboxHat } from '../../core/inbox/settings/set-channel-inbox-hat.ts';
import { updateInboxSettings } from '../../core/inbox/settings/update-inbox-settings.ts';
import { inboxHats } from '../../core/inbox/vocabulary.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { settingsInputSchema, settingsSchema } from './inbox-schemas.ts';

const tags = ['Inbox'];
const path = '/api/v1/workspaces/{workspaceId}/inbox/settings';
const hatSchema = z.object({ hat: z.enum(inboxHats) }).openapi('ChannelInboxHat');
const channelHatSchema = z.object({ id: z.uuid(), network: z.string(), displayName: z.string(), status: z.enum(['active', 'disconnected']), inboxHat: z.enum(inboxHats) }).openapi('ChannelWithInboxHat');

export const inboxSettingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path, tags, summary: "The workspace's inbox settings (the defaults until first saved)", request: { params: workspaceParams }, responses: { 200: json(settingsSchema), 404: problems[404] } }),
    async (c) => c.json(await getInboxSettings(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.configure'),
      method: 'put',
      path,
      tags,
      summary: 'Change any of the inbox settings; a custom status still held by conversations cannot be removed (status_in_use)',
      request: { params: workspaceParams, body: body(settingsInputSchema) },
      responses: { 200: json(settingsSchema), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => c.json(await updateInboxSettings(c.get('ctx'), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/inbox/channels',
      tags,
      summary: "The workspace's channels with the hat whose queue each one's new conversations land in",
      request: { params: workspaceParams },
      responses: { 200: json(z.object({ items: z.array(channelHatSchema) })), 404: problems[404] },
    }),
    async (c) => c.json({ items: await listChannelHats(c.get('ctx')) }, 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.configure'),
      method: 'put',
      path: '/api/v1/workspaces/{workspaceId}/inbox/channels/{channelId}/hat',
      tags,
      summary: "The hat whose queue the channel's new conversations land in",
      request: { params: withId('channelId'), body: body(hatSchema) },
      responses: { 200: json(z.object({ channelId: z.uuid(), hat: z.enum(inboxHats) })), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await setChannelInboxHat(c.get('ctx'), c.req.valid('param').channelId, c.req.valid('json').hat), 200),
  );
