// Posts (docs/publishing.md, "Composer"): compose once for many channels, with per-channel
// variants, validation and previews as you type, internal comments, templates and labels.
// Submitting, approving and scheduling are in post-workflow.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createPost } from '../../core/publishing/posts/create-post.ts';
import { getPost } from '../../core/publishing/posts/get-post.ts';
import type { PostsCtx } from '../../core/publishing/posts/posts-ctx.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { postInputSchema, postSchema } from './post-schemas.ts';

export const postsCtx = (c: Context<AppEnv>): PostsCtx => ({ ...c.get('ctx'), connectors: c.get('runtime').connectors });

const tags = ['Posts'];
const collection = '/api/v1/workspaces/{workspaceId}/posts';
const one = '/api/v1/workspaces/{workspaceId}/posts/{postId}';
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

export const postRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: collection, tags, summary: 'Compose a draft for one or more channels', request: { params: workspaceParams, body: body(postInputSchema) }, responses: { 201: json(postSchema, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createPost(postsCtx(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: one, tags, summary: 'A post with its per-channel targets', request: { params: withId('postId') }, responses: { 200: json(postSchema), 404: problems[404] } }),
    async (c) => c.json(await getPost(c.get('ctx'), c.req.valid('param').postId), 200),
  );
