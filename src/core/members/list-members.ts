// Members of a workspace and the invitations still waiting for an answer.
import { listPendingInvitations } from '../../db/queries/invitations.ts';
import { listMembersByName } from '../../db/queries/memberships.ts';
import type { WorkspaceCtx } from '../shared/context.ts';

export async function listMembers(ctx: WorkspaceCtx) {
  const members = await listMembersByName(ctx.db, ctx.workspaceId);
  const pending = await listPendingInvitations(ctx.db, ctx.workspaceId, ctx.clock.now());
  return { members, invitations: pending };
}
