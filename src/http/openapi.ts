// Shared building blocks for route definitions: the workspace route helper that attaches the
// guard and declares the action in the OpenAPI document, common schemas and problem responses.
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { Action } from '../core/permissions.ts';
import { roles, hats } from '../db/schema/index.ts';
import { workspaceGuard } from './middleware/workspace-guard.ts';
import { requireUser } from './middleware/authenticate.ts';

export const timestamp = z.iso.datetime().openapi({ example: '2026-11-23T12:00:00.000Z' });
export const uuid = z.uuid();
export const roleSchema = z.enum(roles).openapi('Role');
export const hatSchema = z.enum(hats).openapi('Hat');

export const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number(), code: z.string(), detail: z.string(), requestId: z.string() })
  .openapi('Problem');

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });
export const problems = {
  400: problemResponse('Invalid request'),
  401: problemResponse('Not signed in'),
  403: problemResponse('Not allowed'),
  404: problemResponse('Not found'),
  409: problemResponse('Conflict with the current state'),
  410: problemResponse('Gone'),
  422: problemResponse('Not allowed in this state'),
  429: problemResponse('Too many requests; see Retry-After'),
} as const;

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
export const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

export const workspaceParams = z.object({ workspaceId: uuid.openapi({ param: { name: 'workspaceId', in: 'path' } }) });
export const withId = <K extends string>(name: K) =>
  workspaceParams.extend({ [name]: uuid.openapi({ param: { name, in: 'path' } }) } as { [P in K]: typeof uuid });

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const pageQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Spread into every route under /api/v1/workspaces/{workspaceId}: isolation and the permission
 * matrix are applied by the guard, and the action is declared in the OpenAPI document.
 */
const sessionOrBearer: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
export const inWorkspace = (action: Action) => ({
  middleware: workspaceGuard(action),
  security: sessionOrBearer,
  'x-tandem-action': action,
});

/** A route for the signed-in person's own account, outside any workspace. */
export function userRoute<const R extends RouteConfig>(config: R) {
  return createRoute({ ...config, middleware: requireUser, security: [{ session: [] as string[] }] });
}
