// A conversation was resolved (called by the status use-case and by rules, inside their
// transaction): stores 'resolution' (resolved - the conversation's start: its first inbound
// message, or its creation when it has none) in clock and business seconds, and stops the
// resolution clock until it is reopened.
import { insertConversationEvents } from '../../../db/queries/conversation-events.ts';
import { findSlaPolicies, firstInboundAt, lockSlaConversations, updateSlaClocks } from '../../../db/queries/sla-policies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { businessSecondsBetween } from './business-time.ts';
import { scheduleOf } from './policy-schedule.ts';

export async function recordResolution(ctx: WorkspaceCtx, conversationId: string, at: Date): Promise<void> {
  const [c] = await lockSlaConversations(ctx.db, ctx.workspaceId, [conversationId]);
  if (!c) return;
  const firstIn = await firstInboundAt(ctx.db, conversationId, { until: at });
  const start = firstIn && firstIn < c.createdAt ? firstIn : c.createdAt;
  const policy = c.slaPolicyId ? (await findSlaPolicies(ctx.db, ctx.workspaceId, [c.slaPolicyId])).get(c.slaPolicyId) : undefined;
  const dueAt = c.resolutionDueAt;
  await insertConversationEvents(ctx.db, [
    {
      id: newId(),
      workspaceId: ctx.workspaceId,
      conversationId,
      type: 'resolution',
      valueSeconds: Math.max(0, Math.floor((at.getTime() - start.getTime()) / 1000)),
      businessSeconds: businessSecondsBetween(start, at, scheduleOf(policy)),
      data: { startedAt: start.toISOString(), ...(policy ? { policyId: policy.id } : {}), ...(dueAt ? { dueAt: dueAt.toISOString(), breached: at > dueAt } : {}) },
      dedupKey: `resolution:${at.getTime()}`,
      occurredAt: at,
    },
  ]);
  if (dueAt) await updateSlaClocks(ctx.db, ctx.workspaceId, conversationId, { resolutionDueAt: null });
}
