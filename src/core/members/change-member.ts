// Changing a member's role and removing a member. Both keep at least one owner, and nobody
// changes a role above their own.
import { and, eq, sql } from 'drizzle-orm';
import { memberships, users, type Role } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, hatsByRole } from '../permissions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import type { Tx } from '../../db/client.ts';

async function loadMember(db: Tx, ctx: WorkspaceCtx, membershipId: string) {
  const [row] = await db
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, hat: memberships.hat, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.workspaceId, ctx.workspaceId)));
  if (!row) throw notFound('Member');
  return row;
}

async function assertAnotherOwner(db: Tx, ctx: WorkspaceCtx) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.role, 'owner')));
  if (row!.n <= 1) throw new AppError('last_owner', 'A workspace keeps at least one owner');
}

export async function changeMemberRole(ctx: WorkspaceCtx, membershipId: string, role: Role) {
  return ctx.db.transaction(async (db) => {
    const before = await loadMember(db, ctx, membershipId);
    assertMayGrant(ctx.role, before.role);
    assertMayGrant(ctx.role, role);
    if (before.role === 'owner' && role !== 'owner') await assertAnotherOwner(db, ctx);
    const hat = hatsByRole[role].includes(before.hat) ? before.hat : hatsByRole[role][0]!;
    await db.update(memberships).set({ role, hat }).where(eq(memberships.id, membershipId));
    const after = { ...before, role, hat };
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.change_role', targetType: 'membership', targetId: membershipId, before, after });
    return after;
  });
}

export async function removeMember(ctx: WorkspaceCtx, membershipId: string) {
  await ctx.db.transaction(async (db) => {
    const before = await loadMember(db, ctx, membershipId);
    assertMayGrant(ctx.role, before.role);
    if (before.role === 'owner') await assertAnotherOwner(db, ctx);
    await db.delete(memberships).where(eq(memberships.id, membershipId));
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.remove', targetType: 'membership', targetId: membershipId, before });
  });
}
