// Members of a workspace and the invitations still waiting for an answer.
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { invitations, memberships, users } from '../../db/schema/index.ts';
import type { WorkspaceCtx } from '../shared/context.ts';

export async function listMembers(ctx: WorkspaceCtx) {
  const members = await ctx.db
    .select({ id: memberships.id, userId: users.id, name: users.name, email: users.email, role: memberships.role, hat: memberships.hat, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.name));
  const pending = await ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, ctx.clock.now())))
    .orderBy(desc(invitations.createdAt));
  return { members, invitations: pending };
}
