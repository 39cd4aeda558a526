// A resolved conversation was reopened (called by the status use-case inside its transaction):
// its resolution clock starts again from `at`, on its policy's business hours. The first- and
// next-response clocks need nothing: they follow who is waiting.
import { findSlaPolicies, lockSlaConversations, updateSlaClocks } from '../../../db/queries/sla-policies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { dueAfter, scheduleOf } from './policy-schedule.ts';

export async function reopenClocks(ctx: WorkspaceCtx, conversationId: string, at: Date): Promise<void> {
  const [c] = await lockSlaConversations(ctx.db, ctx.workspaceId, [conversationId]);
  if (!c?.slaPolicyId) return;
  const policy = (await findSlaPolicies(ctx.db, ctx.workspaceId, [c.slaPolicyId])).get(c.slaPolicyId);
  if (!policy || policy.resolutionMinutes === null) return;
  await updateSlaClocks(ctx.db, ctx.workspaceId, conversationId, { resolutionDueAt: dueAfter(at, policy.resolutionMinutes, scheduleOf(policy)) });
}
