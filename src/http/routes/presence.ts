// Live collision (docs/inbox.md, "Replies, notes and saved replies"): who else is viewing or
// replying to a conversation. The web sends a heartbeat while the conversation is open and
// polls the others every 2 s; rows live in the database, so this holds across API processes.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { beatPresence, getPresence, leavePresence, PRESENCE_TTL_MS } from '../../core/inbox/presence/presence.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, timestamp, uuid, withId } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const state = z.enum(['viewing', 'replying']);
const others = z
  .object({ others: z.array(z.object({ userId: uuid, name: z.string(), state, seenAt: timestamp })).openapi({ description: `Other teammates heard from in the last ${PRESENCE_TTL_MS / 1000} s, latest first` }) })
  .openapi('Presence');

const tags = ['Inbox'];
const path = '/api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/presence';

export const presenceRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'put', path, tags, summary: "I am here: a heartbeat ('replying' while typing, which needs inbox.reply); answers with the others", request: { params: withId('conversationId'), body: body(z.object({ state })) }, responses: { 200: json(others), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await beatPresence(c.get('ctx'), c.req.valid('param').conversationId, c.req.valid('json').state), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'delete', path, tags, summary: 'I left the conversation', request: { params: withId('conversationId') }, responses: { 204: { description: 'Gone' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await leavePresence(c.get('ctx'), c.req.valid('param').conversationId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path, tags, summary: 'The other teammates viewing or replying now', request: { params: withId('conversationId') }, responses: { 200: json(others), 404: problems[404] } }),
    async (c) => c.json(await getPresence(c.get('ctx'), c.req.valid('param').conversationId), 200),
  );
