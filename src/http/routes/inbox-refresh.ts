// POST /inbox/refresh: read the workspace's channels (or one of them) now.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { channelsToRefresh } from '../../core/inbox/refresh-inbox.ts';
import { ingestChannel } from '../../core/inbox/ingest/ingest-channel.ts';
import { ingestChannelJob } from '../../jobs/ingest-channel.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const input = z.object({ channelId: z.uuid().optional().openapi({ description: 'Only this channel; absent: every channel with an inbox' }) }).openapi('InboxRefreshInput');
const answer = z.object({ channelIds: z.array(z.uuid()), queued: z.boolean().openapi({ description: 'false: read during the request (a process without a job queue)' }) }).openapi('InboxRefresh');

export const inboxRefreshRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError }).openapi(
  createRoute({
    ...inWorkspace('inbox.manage'),
    method: 'post',
    path: '/api/v1/workspaces/{workspaceId}/inbox/refresh',
    tags: ['Inbox'],
    summary: "Read the channels' inboxes now rather than at the next minute's poll",
    request: { params: workspaceParams, body: body(input) },
    responses: { 202: json(answer, 'Queued (or read)'), 400: problems[400], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const runtime = c.get('runtime');
    const ctx = { ...c.get('ctx'), connectors: runtime.connectors, keyring: runtime.keyring };
    const channelIds = await channelsToRefresh(ctx, c.req.valid('json').channelId);
    if (runtime.jobs) {
      await runtime.jobs.sendMany(ingestChannelJob, channelIds.map((channelId) => ({ payload: { channelId } })));
      return c.json({ channelIds, queued: true }, 202);
    }
    for (const channelId of channelIds) await ingestChannel({ ...ctx, logger: runtime.logger }, channelId);
    return c.json({ channelIds, queued: false }, 202);
  },
);
