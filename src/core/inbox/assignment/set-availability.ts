// A member says whether they take new conversations (round-robin skips them when not); someone
// with inbox.configure can do it for others and set a member's own cap on open conversations
// (null: the workspace's default). A cap is the team's decision, so members do not set their own.
import { findMemberRoles, updateAvailability } from '../../../db/queries/assignment.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { authorize, can } from '../../permissions.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';

export type AvailabilityInput = { userId?: string; available: boolean; openCap?: number | null };

export async function setAvailability(ctx: WorkspaceCtx, input: AvailabilityInput) {
  const self = ctx.actor.type === 'user' ? ctx.actor.id : null;
  const userId = input.userId ?? self;
  if (!userId) throw new AppError('validation_failed', 'An API token acts for nobody in particular: give the userId whose availability to set');
  if (userId !== self || input.openCap !== undefined) authorize(ctx.role, 'inbox.configure');
  return inTransaction(ctx.db, async (db) => {
    const role = (await findMemberRoles(db, ctx.workspaceId, [userId])).get(userId);
    if (!role) throw notFound('Member');
    if (!can(role, 'inbox.reply')) throw new AppError('assignee_not_allowed', `A ${role} does not answer conversations, so has no inbox availability`, { reason: 'role_may_not_reply', role });
    const changes = { inboxAvailable: input.available, ...(input.openCap !== undefined ? { openCap: input.openCap } : {}) };
    // The row is locked by the update: an assigner running now sees the old or the new value, never half.
    const after = await updateAvailability(db, ctx.workspaceId, userId, changes);
    if (!after) throw notFound('Member');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.inbox_availability', targetType: 'user', targetId: userId, after: { available: after.available, openCap: after.openCap } });
    return { userId, available: after.available, openCap: after.openCap };
  });
}
