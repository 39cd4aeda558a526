// Round-robin auto-assignment (when the workspace turned it on): each unassigned open conversation
// of the batch goes to the next member who may answer, wears its hat, is available and holds
// fewer open conversations than their cap. Nobody qualifies: it stays unassigned for a person to
// pick. Runs inside the caller's (ingest) transaction.
import { lockUnassignedOpen } from '../../../db/queries/assignment.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { getInboxSettings } from '../settings/inbox-settings.ts';
import { loadRotation } from './load-rotation.ts';
import { recordAssignments, type Assignment } from './record-assignments.ts';

export async function autoAssign(ctx: WorkspaceCtx, conversationIds: string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  const policy = await getInboxSettings(ctx);
  if (!policy.autoAssign) return;
  const waiting = await lockUnassignedOpen(ctx.db, ctx.workspaceId, [...new Set(conversationIds)]);
  if (waiting.length === 0) return;
  const rotation = await loadRotation(ctx, policy);
  const picks: Assignment[] = [];
  for (const c of waiting) {
    const member = rotation.next(c.hat);
    if (member) picks.push({ conversationId: c.id, userId: member.userId, by: 'round_robin' });
  }
  await recordAssignments(ctx, picks, rotation);
}
