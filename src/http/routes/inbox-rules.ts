// Inbox rules (docs/inbox.md, "Rules"): when an inbound message matches, assign, tag, set the
// priority or status, notify. Listed in running order; changed with inbox.configure.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createRule, deleteRule, getRule, listRules, reorderRules, updateRule } from '../../core/inbox/rules/inbox-rules.ts';
import { ruleActionSchema, ruleConditionsSchema, ruleFieldsSchema } from '../../core/inbox/rules/rule-schema.ts';
import { testInboxRules } from '../../core/inbox/rules/test-inbox-rules.ts';
import { inboxHats, intents, sentiments } from '../../core/inbox/vocabulary.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const conditions = ruleConditionsSchema.openapi('InboxRuleConditions', { description: 'Every condition present must hold; within a list, any value matches. Keywords match whole words, case-insensitive.' });
const action = ruleActionSchema.openapi('InboxRuleAction', { description: 'assign {to: userId | "round_robin"}, tag {tags}, set_priority {priority}, set_status {status}, notify {userIds, message?}' });
const rule = z
  .object({ id: uuid, name: z.string(), enabled: z.boolean(), position: z.number().int(), conditions, actions: z.array(action), createdAt: timestamp, updatedAt: timestamp })
  .openapi('InboxRule');
const position = z.number().int().min(0).max(10_000).openapi({ description: 'Where the rule runs, 0 first; the others shift' });
const fields = ruleFieldsSchema.extend({ conditions, actions: z.array(action).min(1).max(20), position });
const sample = z
  .object({
    text: z.string().min(1).max(10_000),
    channelId: uuid.optional(),
    sentiment: z.enum(sentiments).optional().openapi({ description: 'Scored from the text when absent' }),
    intents: z.array(z.enum(intents)).max(intents.length).optional().openapi({ description: 'Scored from the text when absent' }),
    personId: uuid.optional().openapi({ description: 'The author, for their person tags' }),
    personTags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    hat: z.enum(inboxHats).optional(),
  })
  .openapi('InboxRuleSample');
const testResult = z
  .object({
    facts: z.object({ text: z.string(), channelId: uuid.nullable(), sentiment: z.enum(sentiments).nullable(), intents: z.array(z.enum(intents)), personTags: z.array(z.string()), hat: z.enum(inboxHats).nullable() }),
    matches: z.array(rule.pick({ id: true, name: true, position: true, enabled: true, actions: true })),
  })
  .openapi('InboxRuleTest');

const tags = ['Inbox'];
const collection = '/api/v1/workspaces/{workspaceId}/inbox/rules';
const one = `${collection}/{inboxRuleId}`;
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 422: problems[422] } as const;

export const inboxRuleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path: collection, tags, summary: 'Inbox rules in running order', request: { params: workspaceParams }, responses: { 200: json(z.object({ items: z.array(rule) })), 404: problems[404] } }),
    async (c) => c.json({ items: await listRules(c.get('ctx')) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'post', path: collection, tags, summary: 'Create a rule (last in the order unless a position is given)', request: { params: workspaceParams, body: body(fields.partial({ enabled: true, position: true })) }, responses: { 201: json(rule, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createRule(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'put', path: `${collection}/order`, tags, summary: 'Set the whole running order: every rule id, each once', request: { params: workspaceParams, body: body(z.object({ ruleIds: z.array(uuid).max(1_000) })) }, responses: { 200: json(z.object({ items: z.array(rule) })), ...writeProblems } }),
    async (c) => c.json({ items: await reorderRules(c.get('ctx'), c.req.valid('json').ruleIds) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'post', path: `${collection}/test`, tags, summary: 'The rules a sample message would match (disabled ones included, marked); nothing is changed', request: { params: workspaceParams, body: body(sample) }, responses: { 200: json(testResult), ...writeProblems } }),
    async (c) => c.json(await testInboxRules(c.get('ctx'), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path: one, tags, summary: 'An inbox rule', request: { params: withId('inboxRuleId') }, responses: { 200: json(rule), 404: problems[404] } }),
    async (c) => c.json(await getRule(c.get('ctx'), c.req.valid('param').inboxRuleId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'patch', path: one, tags, summary: 'Change a rule, or move it (position)', request: { params: withId('inboxRuleId'), body: body(fields.partial()) }, responses: { 200: json(rule), ...writeProblems } }),
    async (c) => c.json(await updateRule(c.get('ctx'), c.req.valid('param').inboxRuleId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'delete', path: one, tags, summary: 'Delete a rule (the others move up)', request: { params: withId('inboxRuleId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deleteRule(c.get('ctx'), c.req.valid('param').inboxRuleId);
      return c.body(null, 204);
    },
  );
