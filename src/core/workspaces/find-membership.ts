// The one place that decides whether a user is inside a workspace. A user who is not a member
// gets "not found", never "forbidden", so workspace ids reveal nothing.
import { and, eq } from 'drizzle-orm';
import { memberships } from '../../db/schema/index.ts';
import type { Ctx } from '../shared/context.ts';
import { isUuid } from '../shared/ids.ts';

export async function findMembership(ctx: Ctx, workspaceId: string, userId: string) {
  if (!isUuid(workspaceId)) return undefined;
  const [row] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row;
}
