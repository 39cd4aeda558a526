// A teammate's reply went out (called by the reply sender inside its transaction). The first human
// reply stores 'first_response' (reply - the conversation's first inbound message); a later one
// stores 'reply' (reply - the first message the person wrote since the previous answer, which is
// what waiting_since holds). Both with clock and business seconds, so reports are sums. Times are
// read from the messages and earlier events, not from the conversation's columns, so the caller
// may already have marked the conversation answered. A reply with no one waiting stores nothing.
import { insertConversationEvents } from '../../../db/queries/conversation-events.ts';
import { findSlaPolicies, firstInboundAt, lastResponseAt, lockSlaConversations } from '../../../db/queries/sla-policies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { businessSecondsBetween } from './business-time.ts';
import { scheduleOf } from './policy-schedule.ts';

export type ResponseInput = { at: Date; userId: string | null };

export async function recordResponse(ctx: WorkspaceCtx, conversationId: string, input: ResponseInput): Promise<void> {
  // Only a person's answer counts (an automated one does not stop the clock).
  if (!input.userId) return;
  const [c] = await lockSlaConversations(ctx.db, ctx.workspaceId, [conversationId]);
  if (!c) return;
  const previous = await lastResponseAt(ctx.db, conversationId, input.at);
  const waitingSince = await firstInboundAt(ctx.db, conversationId, { after: previous ?? undefined, until: input.at });
  if (!waitingSince) return;
  const policy = c.slaPolicyId ? (await findSlaPolicies(ctx.db, ctx.workspaceId, [c.slaPolicyId])).get(c.slaPolicyId) : undefined;
  const type = previous ? 'reply' : 'first_response';
  const dueAt = previous ? c.nextResponseDueAt : c.firstResponseDueAt;
  await insertConversationEvents(ctx.db, [
    {
      id: newId(),
      workspaceId: ctx.workspaceId,
      conversationId,
      type,
      userId: input.userId,
      valueSeconds: Math.floor((input.at.getTime() - waitingSince.getTime()) / 1000),
      businessSeconds: businessSecondsBetween(waitingSince, input.at, scheduleOf(policy)),
      data: { waitingSince: waitingSince.toISOString(), ...(policy ? { policyId: policy.id } : {}), ...(dueAt ? { dueAt: dueAt.toISOString(), breached: input.at > dueAt } : {}) },
      // One first response per conversation, one reply per waiting period.
      dedupKey: previous ? `reply:${waitingSince.getTime()}` : 'first_response',
      occurredAt: input.at,
    },
  ]);
}
