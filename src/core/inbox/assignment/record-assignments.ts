// Writes assignments made by the rotation or by a rule: the assignee (only where there is none:
// nobody's conversation is taken away), the rotation's new order, an 'assigned' event each, and a
// notification to each assignee.
import { assignUnassigned, setLastAssigned } from '../../../db/queries/assignment.ts';
import { insertConversationEvents } from '../../../db/queries/conversation-events.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { notifyMembers } from './notify-members.ts';
import type { Rotation } from './rotation.ts';

export type Assignment = { conversationId: string; userId: string; by: 'round_robin' | 'rule'; ruleId?: string };

export const assignedKind = 'conversation_assigned';

/** Returns the assignments that took effect. */
export async function recordAssignments(ctx: WorkspaceCtx, assignments: Assignment[], rotation?: Rotation): Promise<Assignment[]> {
  if (assignments.length === 0) return [];
  const now = ctx.clock.now();
  const done = new Set(await assignUnassigned(ctx.db, ctx.workspaceId, assignments, now));
  const applied = assignments.filter((a) => done.has(a.conversationId));
  if (rotation) await setLastAssigned(ctx.db, ctx.workspaceId, [...rotation.picked].map(([userId, at]) => ({ userId, at })));
  const events = await insertConversationEvents(
    ctx.db,
    applied.map((a) => ({ id: newId(), workspaceId: ctx.workspaceId, conversationId: a.conversationId, type: 'assigned', userId: a.userId, data: { by: a.by, ...(a.ruleId ? { ruleId: a.ruleId } : {}) }, occurredAt: now })),
  );
  await notifyMembers(
    ctx,
    events.map((e) => ({
      userId: e.userId!,
      kind: assignedKind,
      title: e.data.by === 'rule' ? 'An inbox rule assigned a conversation to you' : 'A new conversation was assigned to you',
      subject: { conversationId: e.conversationId },
      dedupKey: `${assignedKind}:${e.conversationId}:${e.id}`,
    })),
  );
  return applied;
}
