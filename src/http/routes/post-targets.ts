// One target of a post, after the engine gave up on it (failed or needs_check): a person either
// marks it published (they found it on the network) or has it published again (docs/publishing.md,
// "When a post fails").
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { markTargetPublished, retryTarget } from '../../core/publishing/workflow/resolve-target.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, uuid, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { postSchema } from './post-schemas.ts';
import { workflowCtx } from './posts.ts';


const tags = ['Publishing workflow'];
const target = '/api/v1/workspaces/{workspaceId}/posts/{postId}/targets/{targetId}';
const params = workspaceParams.extend({
  postId: uuid.openapi({ param: { name: 'postId', in: 'path' } }),
  targetId: uuid.openapi({ param: { name: 'targetId', in: 'path' } }),
});
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;
const markInput = z.object({ url: z.url({ protocol: /^https?$/ }).max(2_000).openapi({ description: 'Where the post is on the network' }) });

export const postTargetRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...inWorkspace('posts.write'),
      method: 'post',
      path: `${target}/mark-published`,
      tags,
      summary: 'A failed or needs-check target is on the network after all: mark it published with its URL',
      request: { params, body: body(markInput) },
      responses: { 200: json(postSchema), ...writeProblems },
    }),
    async (c) => {
      const { postId, targetId } = c.req.valid('param');
      return c.json(await markTargetPublished(workflowCtx(c), { postId, targetId }, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('posts.write'),
      method: 'post',
      path: `${target}/retry`,
      tags,
      summary: 'Publish a failed or needs-check target again, now (only once you know it is not on the network)',
      request: { params },
      responses: { 200: json(postSchema), ...writeProblems },
    }),
    async (c) => {
      const { postId, targetId } = c.req.valid('param');
      return c.json(await retryTarget(workflowCtx(c), { postId, targetId }), 200);
    },
  );
