// Adds an existing user to a workspace with a role, without an invitation (used by
// `tandem user create --workspace`). The actor may only grant roles up to its own.
import { and, eq } from 'drizzle-orm';
import { memberships, users, workspaces, type Role } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, hatsByRole } from '../permissions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export async function addMember(ctx: WorkspaceCtx, input: { userId: string; role: Role }) {
  assertMayGrant(ctx.role, input.role);
  return ctx.db.transaction(async (db) => {
    const [workspace] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
    if (!workspace) throw notFound('Workspace');
    const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId));
    if (!user) throw notFound('User');
    const [already] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, input.userId)));
    if (already) throw new AppError('conflict', `${user.email} is already a member of this workspace`);
    const membership = { id: newId(), workspaceId: ctx.workspaceId, userId: user.id, role: input.role, hat: hatsByRole[input.role][0]! };
    await db.insert(memberships).values({ ...membership, createdAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.add', targetType: 'membership', targetId: membership.id, after: { ...membership, email: user.email } });
    return membership;
  });
}
