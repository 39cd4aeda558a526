// The history a conversation keeps of its triage: who assigned it, changed its status, priority or
// tags, snoozed it, woke it or merged it. Stored as conversation_events (beside the SLA events), so
// workload and reports are sums. 'assigned' carries the assignee in userId, as round-robin does;
// the teammate who acted is data.byUser.
import { insertConversationEvents } from '../../../db/queries/conversation-events.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';

export const triageEventTypes = ['assigned', 'unassigned', 'status_changed', 'priority_changed', 'tags_changed', 'snoozed', 'woke', 'merged', 'merged_in'] as const;
export type TriageEventType = (typeof triageEventTypes)[number];

export type TriageEvent = { type: TriageEventType; userId?: string | null; data: Record<string, unknown> };

/** The teammate behind a change, or null for a token, a rule or the system. */
export const actingUser = (ctx: WorkspaceCtx): string | null => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function recordTriageEvents(ctx: WorkspaceCtx, conversationId: string, events: TriageEvent[], at: Date): Promise<void> {
  const by = { actor: ctx.actor.type, byUser: actingUser(ctx) };
  await insertConversationEvents(
    ctx.db,
    events.map((e) => ({ id: newId(), workspaceId: ctx.workspaceId, conversationId, type: e.type, userId: e.userId === undefined ? actingUser(ctx) : e.userId, data: { ...e.data, ...by }, occurredAt: at })),
  );
}
