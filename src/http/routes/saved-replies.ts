// Saved replies (docs/inbox.md, "Replies, notes and saved replies"): the team's canned answers,
// kept with inbox.configure, offered after "/" in the reply box and filled in for a conversation
// with inbox.reply.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createSavedReply } from '../../core/inbox/saved-replies/create-saved-reply.ts';
import { deleteSavedReply } from '../../core/inbox/saved-replies/delete-saved-reply.ts';
import { listSavedReplies } from '../../core/inbox/saved-replies/list-saved-replies.ts';
import { renderSavedReply } from '../../core/inbox/saved-replies/render-saved-reply.ts';
import { updateSavedReply } from '../../core/inbox/saved-replies/update-saved-reply.ts';
import { savedReplyVariables } from '../../core/inbox/saved-replies/variables.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const variables = savedReplyVariables.map((v) => `{{${v}}}`).join(', ');
const savedReply = z
  .object({ id: uuid, name: z.string(), shortcut: z.string(), body: z.string(), createdBy: uuid.nullable(), createdAt: timestamp, updatedAt: timestamp })
  .openapi('SavedReply');
const fields = z.object({
  name: z.string().trim().min(1).max(100),
  shortcut: z.string().trim().min(1).max(40).openapi({ description: 'Typed after "/" in the reply box; unique in the workspace, any case' }),
  body: z.string().min(1).max(10_000).openapi({ description: `May hold ${variables}; an unknown one is refused (unknown_variable)` }),
});
const rendered = z.object({ text: z.string(), missing: z.array(z.enum(savedReplyVariables)).openapi({ description: 'Variables with no value here (rendered empty)' }) }).openapi('RenderedReply');

const tags = ['Inbox'];
const collection = '/api/v1/workspaces/{workspaceId}/inbox/saved-replies';
const one = `${collection}/{savedReplyId}`;
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

export const savedReplyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.reply'), method: 'get', path: collection, tags, summary: 'Saved replies by shortcut', request: { params: workspaceParams, query: z.object({ q: z.string().max(100).optional() }) }, responses: { 200: json(z.object({ items: z.array(savedReply) })), 404: problems[404] } }),
    async (c) => c.json(await listSavedReplies(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'post', path: collection, tags, summary: 'Save a reply for the team', request: { params: workspaceParams, body: body(fields) }, responses: { 201: json(savedReply, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createSavedReply(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'patch', path: one, tags, summary: "Edit a saved reply's name, shortcut or body", request: { params: withId('savedReplyId'), body: body(fields.partial()) }, responses: { 200: json(savedReply), ...writeProblems } }),
    async (c) => c.json(await updateSavedReply(c.get('ctx'), c.req.valid('param').savedReplyId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'delete', path: one, tags, summary: 'Delete a saved reply', request: { params: withId('savedReplyId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deleteSavedReply(c.get('ctx'), c.req.valid('param').savedReplyId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.reply'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/render-reply', tags, summary: "A saved reply filled in for this conversation (the person's, your, the channel's and the workspace's names)", request: { params: withId('conversationId'), body: body(z.object({ savedReplyId: uuid })) }, responses: { 200: json(rendered), ...writeProblems } }),
    async (c) => c.json(await renderSavedReply(c.get('ctx'), c.req.valid('param').conversationId, c.req.valid('json')), 200),
  );
