// Inbox triage (docs/inbox.md, "Triage"): the views with their counts, a conversation with its
// thread, and what a teammate changes on it: status, priority, tags, assignee, snooze, read, merge.
// Replies and notes are in inbox-replies.ts, settings in inbox-settings.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countConversations } from '../../core/inbox/conversations/count-conversations.ts';
import { getConversation } from '../../core/inbox/conversations/get-conversation.ts';
import { listConversations } from '../../core/inbox/conversations/list-conversations.ts';
import { markRead } from '../../core/inbox/conversations/mark-read.ts';
import { mergeConversations } from '../../core/inbox/conversations/merge-conversations.ts';
import { updateConversation } from '../../core/inbox/conversations/update-conversation.ts';
import { MAX_BULK, updateConversations } from '../../core/inbox/conversations/update-conversations.ts';
import { inboxHats } from '../../core/inbox/vocabulary.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, page, problems, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { conversationDetailSchema, conversationSummarySchema, countsSchema, listQuerySchema, mergeSchema, patchSchema, statusSchema } from './inbox-schemas.ts';

const tags = ['Inbox'];
const one = '/api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}';
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

export const inboxRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...inWorkspace('inbox.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/inbox/conversations',
      tags,
      summary: 'A view of the inbox, newest activity first: by status, hat, assignee, channel, tag, sentiment, priority, unread, text',
      description: 'Merged conversations never show. Keyset pages: pass nextCursor back as cursor.',
      request: { params: workspaceParams, query: listQuerySchema },
      responses: { 200: json(page(conversationSummarySchema)), 400: problems[400], 404: problems[404], 422: problems[422] },
    }),
    async (c) => {
      const { unread, ...q } = c.req.valid('query');
      return c.json(await listConversations(c.get('ctx'), { ...q, ...(unread ? { unread: unread === 'true' } : {}) }), 200);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/inbox/counts',
      tags,
      summary: 'Counts for the navigation, each capped (see cap and capped)',
      request: { params: workspaceParams, query: z.object({ hat: z.enum(inboxHats).optional(), status: statusSchema.optional().openapi({ description: 'The queue mine, unassigned, unread and byHat count in; open by default' }) }) },
      responses: { 200: json(countsSchema), 400: problems[400], 404: problems[404], 422: problems[422] },
    }),
    async (c) => c.json(await countConversations(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.read'),
      method: 'get',
      path: one,
      tags,
      summary: 'A conversation: the latest page of its thread with authors, its triage history and the channel (limits, capabilities)',
      request: { params: withId('conversationId'), query: z.object({ before: z.string().optional().openapi({ description: 'earlierCursor of the page after' }), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
      responses: { 200: json(conversationDetailSchema), 400: problems[400], 404: problems[404] },
    }),
    async (c) => {
      const ctx = { ...c.get('ctx'), connectors: c.get('runtime').connectors };
      return c.json(await getConversation(ctx, c.req.valid('param').conversationId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.manage'),
      method: 'patch',
      path: one,
      tags,
      summary: 'Change status, priority, tags, assignee or snooze; each change is a conversation event and the whole an audit entry',
      request: { params: withId('conversationId'), body: body(patchSchema) },
      responses: { 200: json(conversationSummarySchema), ...writeProblems },
    }),
    async (c) => c.json(await updateConversation(c.get('ctx'), c.req.valid('param').conversationId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/inbox/conversations/bulk',
      tags,
      summary: `One change for up to ${MAX_BULK} conversations, all or none: each is changed as PATCH changes it; a refusal names the conversation (details.conversationId) and changes nothing`,
      request: { params: workspaceParams, body: body(z.object({ conversationIds: z.array(z.uuid()).min(1).max(MAX_BULK), changes: patchSchema }).openapi('ConversationBulkChange')) },
      responses: { 200: json(z.object({ items: z.array(conversationSummarySchema) })), ...writeProblems },
    }),
    async (c) => {
      const { conversationIds, changes } = c.req.valid('json');
      return c.json({ items: await updateConversations(c.get('ctx'), conversationIds, changes) }, 200);
    },
  )
  .openapi(
    createRoute({
      // Those who answer clear unread for the team; an analyst looking around does not.
      ...inWorkspace('inbox.reply'),
      method: 'post',
      path: `${one}/read`,
      tags,
      summary: 'Mark read: unreadCount back to 0 for the team',
      request: { params: withId('conversationId') },
      responses: { 200: json(z.object({ id: z.uuid(), unreadCount: z.literal(0) })), 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await markRead(c.get('ctx'), c.req.valid('param').conversationId), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.manage'),
      method: 'post',
      path: `${one}/merge`,
      tags,
      summary: 'Merge this conversation into another: its messages move there, it stays resolved with mergedIntoId; answers the target',
      request: { params: withId('conversationId'), body: body(mergeSchema) },
      responses: { 200: json(conversationSummarySchema), ...writeProblems },
    }),
    async (c) => c.json(await mergeConversations(c.get('ctx'), c.req.valid('param').conversationId, c.req.valid('json')), 200),
  );
