// The one place that decides whether a user is inside a workspace. A user who is not a member
// gets "not found", never "forbidden", so workspace ids reveal nothing.
import { findMembership as findMembershipRow } from '../../db/queries/memberships.ts';
import type { Ctx } from '../shared/context.ts';
import { isUuid } from '../shared/ids.ts';

export async function findMembership(ctx: Ctx, workspaceId: string, userId: string) {
  if (!isUuid(workspaceId)) return undefined;
  return findMembershipRow(ctx.db, workspaceId, userId);
}
