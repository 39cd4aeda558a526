// Workspaces: list mine, create one, read and update one, switch my hat in one.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createWorkspace } from '../../core/workspaces/create-workspace.ts';
import { getWorkspace } from '../../core/workspaces/get-workspace.ts';
import { listMyWorkspaces } from '../../core/workspaces/list-my-workspaces.ts';
import { switchHat } from '../../core/workspaces/switch-hat.ts';
import { updateWorkspace } from '../../core/workspaces/update-workspace.ts';
import type { AppEnv } from '../env.ts';
import { body, hatSchema, json, problems, roleSchema, timestamp, userRoute, uuid, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const workspace = z
  .object({ id: uuid, name: z.string(), timeZone: z.string(), auditRetentionDays: z.number().nullable(), requireAltText: z.boolean().openapi({ description: 'Every image needs alt text before a post can be scheduled' }), createdAt: timestamp })
  .openapi('Workspace');
const myWorkspace = z.object({ id: uuid, name: z.string(), timeZone: z.string(), role: roleSchema, hat: hatSchema });
const name = z.string().trim().min(1).max(120);

export const workspaceRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    userRoute({ method: 'get', path: '/api/v1/workspaces', tags: ['Workspaces'], summary: 'Workspaces I belong to', responses: { 200: json(z.array(myWorkspace)), 401: problems[401] } }),
    async (c) => {
      const auth = c.get('auth');
      return c.json(auth?.kind === 'session' ? await listMyWorkspaces(c.get('baseCtx'), auth.user.id) : [], 200);
    },
  )
  .openapi(
    userRoute({
      method: 'post',
      path: '/api/v1/workspaces',
      tags: ['Workspaces'],
      summary: 'Create a workspace; I become its owner',
      request: { body: body(z.object({ name, timeZone: z.string().optional() })) },
      responses: { 201: json(workspace, 'Created'), 400: problems[400], 401: problems[401] },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (auth?.kind !== 'session') throw new Error('unreachable');
      return c.json(await createWorkspace(c.get('baseCtx'), { ...c.req.valid('json'), ownerId: auth.user.id }), 201);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('workspace.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}', tags: ['Workspaces'], summary: 'Read a workspace', request: { params: workspaceParams }, responses: { 200: json(workspace), 404: problems[404] } }),
    async (c) => c.json(await getWorkspace(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('workspace.update'),
      method: 'patch',
      path: '/api/v1/workspaces/{workspaceId}',
      tags: ['Workspaces'],
      summary: 'Rename a workspace or change its time zone, audit retention or alt-text rule',
      request: { params: workspaceParams, body: body(z.object({ name: name.optional(), timeZone: z.string().optional(), auditRetentionDays: z.number().int().min(1).nullable().optional(), requireAltText: z.boolean().optional() })) },
      responses: { 200: json(workspace), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(await updateWorkspace(c.get('ctx'), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('workspace.read'),
      method: 'put',
      path: '/api/v1/workspaces/{workspaceId}/hat',
      tags: ['Workspaces'],
      summary: 'Switch the hat I work in here (social, community or both), as my role allows',
      request: { params: workspaceParams, body: body(z.object({ hat: hatSchema })) },
      responses: { 200: json(z.object({ hat: hatSchema })), 403: problems[403], 404: problems[404], 422: problems[422] },
    }),
    async (c) => c.json({ hat: (await switchHat(c.get('ctx'), c.req.valid('json').hat)).hat }, 200),
  );
