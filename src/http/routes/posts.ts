// Posts (docs/publishing.md, "Composer"): compose once for many channels, with per-channel
// variants, validation and previews as you type, internal comments, templates and labels.
// Submitting, approving and scheduling are in post-workflow.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createPost } from '../../core/publishing/posts/create-post.ts';
import { deletePost } from '../../core/publishing/posts/delete-post.ts';
import { getPost } from '../../core/publishing/posts/get-post.ts';
import { listLabels } from '../../core/publishing/posts/labels.ts';
import { listPosts } from '../../core/publishing/posts/list-posts.ts';
import { addComment, listComments } from '../../core/publishing/posts/post-comments.ts';
import { createTemplate, deleteTemplate, listTemplates } from '../../core/publishing/posts/post-templates.ts';
import { updatePost } from '../../core/publishing/posts/update-post.ts';
import { validatePost } from '../../core/publishing/posts/validate-post.ts';
import { postStates } from '../../db/schema/index.ts';
import type { PostsCtx } from '../../core/publishing/posts/posts-ctx.ts';
import { queuePublish } from '../../core/publishing/engine/queue-publish.ts';
import type { WorkflowCtx } from '../../core/publishing/workflow/workflow-ctx.ts';
import type { AppEnv } from '../env.ts';
import { body, json, page, pageQuery, problems, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { commentSchema, postContentSchema, postInputSchema, postSchema, targetInputSchema, templateSchema, validationSchema } from './post-schemas.ts';

export const postsCtx = (c: Context<AppEnv>): PostsCtx => ({ ...c.get('ctx'), connectors: c.get('runtime').connectors, config: c.get('runtime').config });

/** Scheduled targets go to their delayed jobs at once where this process runs a queue (in bulk); elsewhere the engine's sweep queues them when due. */
export function workflowCtx(c: Context<AppEnv>): WorkflowCtx {
  const jobs = c.get('runtime').jobs;
  return jobs ? { ...postsCtx(c), queuePublish: (targets) => queuePublish(jobs, targets) } : postsCtx(c);
}

const tags = ['Posts'];
const collection = '/api/v1/workspaces/{workspaceId}/posts';
const one = '/api/v1/workspaces/{workspaceId}/posts/{postId}';
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const listQuery = pageQuery.extend({
  from: instant.optional().openapi({ description: "Posts whose time (scheduled, or first published) is at or after this instant" }),
  to: instant.optional().openapi({ description: 'and before this one' }),
  unscheduled: z.enum(['true', 'false']).optional().openapi({ description: 'true: list posts without a time (drafts) too' }),
  channelId: uuid.optional(),
  campaignId: uuid.optional(),
  label: z.string().max(50).optional(),
  state: z
    .string()
    .optional()
    .openapi({ description: `Comma-separated states: ${postStates.join(', ')}` })
    .refine((s) => s === undefined || s.split(',').every((v) => (postStates as readonly string[]).includes(v)), 'Unknown state'),
});
const patchSchema = postContentSchema.extend({ targets: z.array(targetInputSchema).min(1).max(50).optional().openapi({ description: 'The full list of channels; absent: unchanged' }) }).openapi('PostPatch');
const validateSchema = postInputSchema.extend({ scheduledAt: instant.nullable().optional().openapi({ description: 'When it would go out (the daily cap of that day); default now' }), postId: uuid.optional().openapi({ description: "The post being edited: its own targets do not count against the daily cap" }) });
const templateInput = z.object({ name: z.string().trim().min(1).max(100), text: z.string().max(50_000).optional(), labels: z.array(z.string().trim().min(1).max(50)).max(30).optional(), channelIds: z.array(uuid).max(50).optional() });

const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

export const postRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: collection, tags, summary: 'Compose a draft for one or more channels', request: { params: workspaceParams, body: body(postInputSchema) }, responses: { 201: json(postSchema, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createPost(postsCtx(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: one, tags, summary: 'A post with its per-channel targets', request: { params: withId('postId') }, responses: { 200: json(postSchema), 404: problems[404] } }),
    async (c) => c.json(await getPost(c.get('ctx'), c.req.valid('param').postId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: collection, tags, summary: 'Posts for the calendar, earliest first, filtered', request: { params: workspaceParams, query: listQuery }, responses: { 200: json(page(postSchema)), 400: problems[400], 404: problems[404] } }),
    async (c) => {
      const { unscheduled, state, ...q } = c.req.valid('query');
      const states = state ? (state.split(',') as (typeof postStates)[number][]) : undefined;
      return c.json(await listPosts(c.get('ctx'), { ...q, includeUnscheduled: unscheduled === 'true', ...(states ? { states } : {}) }), 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: `${collection}/validate`, tags, summary: 'Check a composition per channel and preview it, as the composer types', request: { params: workspaceParams, body: body(validateSchema) }, responses: { 200: json(validationSchema), ...writeProblems } }),
    async (c) => c.json(await validatePost(postsCtx(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'patch', path: one, tags, summary: 'Edit a post (content edits bump revision and send a reviewed or scheduled post back to draft)', request: { params: withId('postId'), body: body(patchSchema) }, responses: { 200: json(postSchema), ...writeProblems } }),
    async (c) => c.json(await updatePost(postsCtx(c), c.req.valid('param').postId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'delete', path: one, tags, summary: 'Delete a post (a published one stays on the network)', request: { params: withId('postId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => {
      await deletePost(c.get('ctx'), c.req.valid('param').postId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: `${one}/comments`, tags, summary: 'Internal comments on a post, oldest first', request: { params: withId('postId') }, responses: { 200: json(z.array(commentSchema)), 404: problems[404] } }),
    async (c) => c.json(await listComments(c.get('ctx'), c.req.valid('param').postId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.comment'), method: 'post', path: `${one}/comments`, tags, summary: 'Comment on a post (never published)', request: { params: withId('postId'), body: body(z.object({ body: z.string().trim().min(1).max(10_000) })) }, responses: { 201: json(commentSchema, 'Added'), 400: problems[400], 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await addComment(c.get('ctx'), c.req.valid('param').postId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/templates', tags, summary: 'Saved post templates, by name', request: { params: workspaceParams }, responses: { 200: json(z.array(templateSchema)), 404: problems[404] } }),
    async (c) => c.json(await listTemplates(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/templates', tags, summary: 'Save a template (text, labels, channels)', request: { params: workspaceParams, body: body(templateInput) }, responses: { 201: json(templateSchema, 'Saved'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await createTemplate(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'delete', path: '/api/v1/workspaces/{workspaceId}/templates/{templateId}', tags, summary: 'Delete a template', request: { params: withId('templateId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deleteTemplate(c.get('ctx'), c.req.valid('param').templateId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/labels', tags, summary: 'Labels in use on posts, with how many posts carry each', request: { params: workspaceParams }, responses: { 200: json(z.array(z.object({ label: z.string(), posts: z.number().int() }))), 404: problems[404] } }),
    async (c) => c.json(await listLabels(c.get('ctx')), 200),
  );
