// The workspaces a user belongs to, with the role and hat they hold in each.
import { listWorkspacesOfUser } from '../../db/queries/workspaces.ts';
import type { Ctx } from '../shared/context.ts';

export async function listMyWorkspaces(ctx: Ctx, userId: string) {
  return listWorkspacesOfUser(ctx.db, userId);
}
