// The single place where workspace isolation and the permission matrix are enforced for every
// /api/v1/workspaces/{workspaceId}/... route. A caller outside the workspace gets 404, a member
// whose role lacks the route's action gets 403.
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../db/schema/index.ts';
import { authorize, type Action } from '../../core/permissions.ts';
import { AppError } from '../../core/shared/errors.ts';
import { findMembership } from '../../core/workspaces/find-membership.ts';
import type { AppEnv } from '../env.ts';

export function workspaceGuard(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw new AppError('unauthenticated', 'Sign in or send an API token');
    const workspaceId = c.req.param('workspaceId') ?? '';
    const base = c.get('baseCtx');
    let role: Role | undefined;
    if (auth.kind === 'token') role = auth.token.workspaceId === workspaceId ? auth.token.role : undefined;
    else role = (await findMembership(base, workspaceId, auth.user.id))?.role;
    if (!role) throw new AppError('not_found', 'Workspace not found');
    authorize(role, action);
    c.set('ctx', { ...base, workspaceId, role });
    return next();
  };
}
