// Answering a conversation (docs/inbox.md, "Replies, notes and saved replies"): replies through
// the channel, now or later, checked against the channel's limits as the teammate types; cancel a
// reply not sent yet; internal notes with @mentions of teammates.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createNote } from '../../core/inbox/notes/create-note.ts';
import { cancelReply } from '../../core/inbox/replies/cancel-reply.ts';
import { checkReply } from '../../core/inbox/replies/check-reply.ts';
import { createReply } from '../../core/inbox/replies/create-reply.ts';
import type { ReplyCtx } from '../../core/inbox/replies/reply-ctx.ts';
import { countingRuleIds } from '../../connectors/sdk/counting/index.ts';
import { queueReplies } from '../../jobs/send-reply.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, uuid, withId } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { instant, threadMessageSchema } from './inbox-schemas.ts';

const conversationParams = withId('conversationId');
const replyParams = conversationParams.extend({ messageId: uuid.openapi({ param: { name: 'messageId', in: 'path' } }) });

/** A reply or note as written: the thread's message, with what the reply box shows of its sending. */
export const messageSchema = threadMessageSchema
  .extend({
    conversationId: uuid,
    inReplyTo: z.string().nullable().openapi({ description: "The network id of the message answered; a reply's own id is externalId once sent" }),
    errorKind: z.string().nullable().openapi({ description: 'auth_expired, rejected, rate_limited, transient, or unknown_outcome (it may be on the network: check before sending again)' }),
    resolveOnSend: z.boolean(),
  })
  .openapi('InboxMessage');

const text = z.string().max(50_000);
const replyInput = z
  .object({
    text,
    inReplyToMessageId: uuid.optional().openapi({ description: "The message answered; default: the person's latest" }),
    sendAt: instant.nullable().optional().openapi({ description: 'Send later; default now' }),
    resolve: z.boolean().optional().openapi({ description: '"Send and resolve": resolve the conversation once the reply is on the network' }),
  })
  .openapi('ReplyInput');
const checkSchema = z
  .object({
    ok: z.boolean(),
    issues: z.array(z.object({ code: z.string(), message: z.string(), field: z.enum(['text', 'channel']) })),
    text: z.object({ used: z.number().int(), limit: z.number().int(), remaining: z.number().int(), rule: z.enum(countingRuleIds as [string, ...string[]]) }).nullable(),
    remaining: z.number().int().nullable(),
  })
  .openapi('ReplyCheck');
const noteInput = z.object({ text: z.string().min(1).max(20_000), mentions: z.array(uuid).max(50).optional().openapi({ description: 'Teammates picked by id; @Name and @email in the text are found too' }) }).openapi('NoteInput');

const tags = ['Inbox'];
const conversation = '/api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}';
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

/** Replies created here go to their job at once where this process runs a queue; elsewhere the sweep sends them. */
function replyCtx(c: Context<AppEnv>): ReplyCtx {
  const { jobs, connectors } = c.get('runtime');
  return { ...c.get('ctx'), connectors, ...(jobs ? { queueReplies: (replies) => queueReplies(jobs, replies) } : {}) };
}

export const inboxReplyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.reply'), method: 'post', path: `${conversation}/replies`, tags, summary: 'Reply through the channel, now or at sendAt (sent once by its job)', request: { params: conversationParams, body: body(replyInput) }, responses: { 201: json(messageSchema, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createReply(replyCtx(c), c.req.valid('param').conversationId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.reply'), method: 'post', path: `${conversation}/replies/check`, tags, summary: "A draft against the channel's limits, counted as the network counts it", request: { params: conversationParams, body: body(z.object({ text })) }, responses: { 200: json(checkSchema), ...writeProblems } }),
    async (c) => c.json(await checkReply(replyCtx(c), c.req.valid('param').conversationId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.reply'), method: 'delete', path: `${conversation}/replies/{messageId}`, tags, summary: 'Cancel a reply waiting to be sent; returns it, so its text can be edited again', request: { params: replyParams }, responses: { 200: json(messageSchema), ...writeProblems } }),
    async (c) => {
      const { conversationId, messageId } = c.req.valid('param');
      return c.json(await cancelReply(c.get('ctx'), conversationId, messageId), 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.manage'), method: 'post', path: `${conversation}/notes`, tags, summary: 'An internal note (never sent); mentioned teammates are notified', request: { params: conversationParams, body: body(noteInput) }, responses: { 201: json(messageSchema, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createNote(c.get('ctx'), c.req.valid('param').conversationId, c.req.valid('json')), 201),
  );
