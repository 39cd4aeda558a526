// The workspaces a user belongs to, with the role and hat they hold in each.
import { asc, eq } from 'drizzle-orm';
import { memberships, workspaces } from '../../db/schema/index.ts';
import type { Ctx } from '../shared/context.ts';

export async function listMyWorkspaces(ctx: Ctx, userId: string) {
  return ctx.db
    .select({ id: workspaces.id, name: workspaces.name, timeZone: workspaces.timeZone, role: memberships.role, hat: memberships.hat })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}
