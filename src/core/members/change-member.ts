// Changing a member's role and removing a member. Both keep at least one owner, and nobody
// changes a role above their own.
import { countOwners, deleteMembership, findMember, updateMembershipRole } from '../../db/queries/memberships.ts';
import type { Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, hatsByRole } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';

async function loadMember(db: Tx, ctx: WorkspaceCtx, membershipId: string) {
  const row = await findMember(db, ctx.workspaceId, membershipId);
  if (!row) throw notFound('Member');
  return row;
}

async function assertAnotherOwner(db: Tx, ctx: WorkspaceCtx) {
  if ((await countOwners(db, ctx.workspaceId)) <= 1) throw new AppError('last_owner', 'A workspace keeps at least one owner');
}

export async function changeMemberRole(ctx: WorkspaceCtx, membershipId: string, role: Role) {
  return inTransaction(ctx.db, async (db) => {
    const before = await loadMember(db, ctx, membershipId);
    assertMayGrant(ctx.role, before.role);
    assertMayGrant(ctx.role, role);
    if (before.role === 'owner' && role !== 'owner') await assertAnotherOwner(db, ctx);
    const hat = hatsByRole[role].includes(before.hat) ? before.hat : hatsByRole[role][0]!;
    await updateMembershipRole(db, membershipId, role, hat);
    const after = { ...before, role, hat };
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.change_role', targetType: 'membership', targetId: membershipId, before, after });
    return after;
  });
}

export async function removeMember(ctx: WorkspaceCtx, membershipId: string) {
  await inTransaction(ctx.db, async (db) => {
    const before = await loadMember(db, ctx, membershipId);
    assertMayGrant(ctx.role, before.role);
    if (before.role === 'owner') await assertAnotherOwner(db, ctx);
    await deleteMembership(db, membershipId);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.remove', targetType: 'membership', targetId: membershipId, before });
  });
}
