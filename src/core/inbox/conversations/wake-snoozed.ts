// Snoozed conversations come back: when their time comes (the wake-snoozed job, every minute) or
// when the person writes again (ingestion calls wakeConversation). Each wake is a 'woke' event and
// an audit entry by the system.
import { wakeConversationRow, wakeDueConversations } from '../../../db/queries/conversations-snoozed.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { systemActor, type Ctx, type WorkspaceCtx } from '../../shared/context.ts';
import { recordTriageEvents } from './triage-events.ts';

export type WakeReason = 'snooze_ended' | 'new_message';

async function recordWake(ctx: WorkspaceCtx, conversationId: string, reason: WakeReason, at: Date, until?: string) {
  await recordTriageEvents(ctx, conversationId, [{ type: 'woke', userId: null, data: { reason, from: 'snoozed', to: 'open', ...(until ? { until } : {}) } }], at);
  await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'conversation.wake', targetType: 'conversation', targetId: conversationId, before: { status: 'snoozed', ...(until ? { snoozedUntil: until } : {}) }, after: { status: 'open', reason } });
}

/** One batch: wakes up to `limit` due conversations of any workspace in one transaction; returns how many. */
export async function wakeDueSnoozed(ctx: Ctx, opts: { limit: number }): Promise<number> {
  return inTransaction(ctx.db, async (db) => {
    const now = ctx.clock.now();
    const woken = await wakeDueConversations(db, now, opts.limit);
    const actor = systemActor('wake-snoozed');
    for (const w of woken) await recordWake({ ...ctx, db, actor, workspaceId: w.workspaceId, role: 'owner' }, w.id, 'snooze_ended', now, w.snoozedUntil);
    return woken.length;
  });
}

/** Reopens the conversation if it is snoozed (inside the caller's transaction); returns whether it did. */
export async function wakeConversation(ctx: WorkspaceCtx, conversationId: string, reason: WakeReason = 'new_message'): Promise<boolean> {
  const now = ctx.clock.now();
  const woke = await wakeConversationRow(ctx.db, ctx.workspaceId, conversationId, now);
  if (woke) await recordWake(ctx, conversationId, reason, now);
  return woke;
}
