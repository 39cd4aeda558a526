// Switches the hat (social, community or both) the acting user works in for this workspace.
import { findMembership, updateHat } from '../../db/queries/memberships.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertHatAllowed } from '../permissions.ts';
import type { Hat } from '../roles.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';

export async function switchHat(ctx: WorkspaceCtx, hat: Hat) {
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 'Only a signed-in person wears a hat');
  const userId = ctx.actor.id;
  assertHatAllowed(ctx.role, hat);
  return inTransaction(ctx.db, async (db) => {
    const before = await findMembership(db, ctx.workspaceId, userId);
    const after = await updateHat(db, ctx.workspaceId, userId, hat);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.switch_hat', targetType: 'membership', targetId: after!.id, before: { hat: before!.hat }, after: { hat } });
    return after!;
  });
}
