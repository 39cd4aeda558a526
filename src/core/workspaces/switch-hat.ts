// Switches the hat (social, community or both) the acting user works in for this workspace.
import { and, eq } from 'drizzle-orm';
import { memberships, type Hat } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertHatAllowed } from '../permissions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';

export async function switchHat(ctx: WorkspaceCtx, hat: Hat) {
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 'Only a signed-in person wears a hat');
  assertHatAllowed(ctx.role, hat);
  return ctx.db.transaction(async (db) => {
    const where = and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, ctx.actor.id!));
    const [before] = await db.select().from(memberships).where(where);
    const [after] = await db.update(memberships).set({ hat }).where(where).returning();
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.switch_hat', targetType: 'membership', targetId: after!.id, before: { hat: before!.hat }, after: { hat } });
    return after!;
  });
}
