// Adds an existing user to a workspace with a role, without an invitation (used by
// `tandem user create --workspace`). The actor may only grant roles up to its own.
import { findMembership, insertMembership } from '../../db/queries/memberships.ts';
import { findUserById } from '../../db/queries/users.ts';
import { findWorkspace } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant, hatsByRole } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export async function addMember(ctx: WorkspaceCtx, input: { userId: string; role: Role }) {
  assertMayGrant(ctx.role, input.role);
  return inTransaction(ctx.db, async (db) => {
    if (!(await findWorkspace(db, ctx.workspaceId))) throw notFound('Workspace');
    const user = await findUserById(db, input.userId);
    if (!user) throw notFound('User');
    if (await findMembership(db, ctx.workspaceId, input.userId)) throw new AppError('conflict', `${user.email} is already a member of this workspace`);
    const membership = { id: newId(), workspaceId: ctx.workspaceId, userId: user.id, role: input.role, hat: hatsByRole[input.role][0]! };
    await insertMembership(db, { ...membership, createdAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.add', targetType: 'membership', targetId: membership.id, after: { ...membership, email: user.email } });
    return membership;
  });
}
