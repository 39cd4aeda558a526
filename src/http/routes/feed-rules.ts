// Feed rules, RSS auto-post (docs/publishing.md, "Bulk and automation"): a feed channel's new
// entries become posts on other channels, queued or left as drafts; the preview shows what the
// template makes of the feed's latest entries.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createFeedRule, deleteFeedRule, getFeedRule, listRules, updateFeedRule } from '../../core/publishing/feeds/feed-rules.ts';
import { previewFeedRule } from '../../core/publishing/feeds/preview-feed-rule.ts';
import type { FeedCtx } from '../../core/publishing/feeds/read-feed.ts';
import { MAX_TEMPLATE_LENGTH, templateFields } from '../../core/publishing/feeds/render-template.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const feedCtx = (c: Context<AppEnv>): FeedCtx => {
  const runtime = c.get('runtime');
  return { ...c.get('ctx'), connectors: runtime.connectors, keyring: runtime.keyring };
};

const mode = z.enum(['queue', 'draft']).openapi({ description: 'queue: the next free queue slot of the channels; draft: left for a person' });
const template = z.string().min(1).max(MAX_TEMPLATE_LENGTH).openapi({ description: `The post's text; fields ${templateFields.map((f) => `{${f}}`).join(', ')}`, example: '{title} {url}' });
const feedRule = z
  .object({
    id: uuid,
    name: z.string(),
    feedChannelId: uuid,
    targetChannelIds: z.array(uuid),
    template: z.string(),
    mode,
    labels: z.array(z.string()),
    enabled: z.boolean(),
    since: timestamp.openapi({ description: 'Entries published before this are not posted' }),
    lastRunAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('FeedRule');
const fields = z.object({
  name: z.string().trim().min(1).max(200),
  targetChannelIds: z.array(uuid).min(1).max(50),
  template,
  mode,
  labels: z.array(z.string().trim().min(1).max(50)).max(20),
  enabled: z.boolean(),
});
const preview = z
  .object({ entries: z.array(z.object({ entryId: z.string(), publishedAt: timestamp, fields: z.record(z.string(), z.string()), text: z.string() })) })
  .openapi('FeedRulePreview');

const tags = ['Publishing'];
const collection = '/api/v1/workspaces/{workspaceId}/feed-rules';
const one = `${collection}/{ruleId}`;
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } as const;

export const feedRuleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: collection, tags, summary: 'Feed rules (RSS auto-post), newest first', request: { params: workspaceParams }, responses: { 200: json(z.object({ items: z.array(feedRule) })), 404: problems[404] } }),
    async (c) => c.json({ items: await listRules(feedCtx(c)) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: collection, tags, summary: "Post a feed channel's new entries to other channels", request: { params: workspaceParams, body: body(fields.partial({ mode: true, labels: true, enabled: true }).extend({ feedChannelId: uuid })) }, responses: { 201: json(feedRule, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createFeedRule(feedCtx(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      ...inWorkspace('posts.write'),
      method: 'post',
      path: `${collection}/preview`,
      tags,
      summary: "A template filled with the feed's latest entries; nothing is stored",
      request: { params: workspaceParams, body: body(z.object({ feedChannelId: uuid, template, limit: z.number().int().min(1).max(10).optional() })) },
      responses: { 200: json(preview), ...writeProblems, 422: problems[422], 503: { description: 'The feed could not be read' } },
    }),
    async (c) => c.json(await previewFeedRule(feedCtx(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: one, tags, summary: 'A feed rule', request: { params: withId('ruleId') }, responses: { 200: json(feedRule), 404: problems[404] } }),
    async (c) => c.json(await getFeedRule(feedCtx(c), c.req.valid('param').ruleId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'patch', path: one, tags, summary: 'Change a feed rule (its feed stays)', request: { params: withId('ruleId'), body: body(fields.partial()) }, responses: { 200: json(feedRule), ...writeProblems } }),
    async (c) => c.json(await updateFeedRule(feedCtx(c), c.req.valid('param').ruleId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'delete', path: one, tags, summary: 'Delete a feed rule (posts it made stay)', request: { params: withId('ruleId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deleteFeedRule(feedCtx(c), c.req.valid('param').ruleId);
      return c.body(null, 204);
    },
  );
