// POST /inbox/conversations/{id}/merge {intoConversationId}: two conversations about the same thing
// become one. The source's messages move to the target (each keeps its own channel), the target
// takes up its unread count, tags and latest activity, and the source stays behind resolved with
// merged_into_id, out of every list. Both rows are locked in id order, so two merges never deadlock.
import { lockConversations, updateConversationRow, type Conversation } from '../../../db/queries/conversations.ts';
import { listConversationRowsByIds } from '../../../db/queries/conversations-list.ts';
import { moveMessages, repointMerged } from '../../../db/queries/conversations-merge.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { presentSummary, type ConversationSummary } from './conversation-summary.ts';
import { recordTriageEvents } from './triage-events.ts';

const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b);

/** The target's fields once it holds the source's messages too. */
export function absorbedFields(target: Conversation, source: Conversation) {
  const lower = new Set(target.tags.map((t) => t.toLowerCase()));
  return {
    unreadCount: target.unreadCount + source.unreadCount,
    lastMessageAt: later(target.lastMessageAt, source.lastMessageAt)!,
    lastInboundAt: later(target.lastInboundAt, source.lastInboundAt),
    waitingSince: earlier(target.waitingSince, source.waitingSince),
    tags: [...target.tags, ...source.tags.filter((t) => !lower.has(t.toLowerCase()))],
    subject: target.subject ?? source.subject,
    personId: target.personId ?? source.personId,
  };
}

export async function mergeConversations(ctx: WorkspaceCtx, sourceId: string, input: { intoConversationId: string }): Promise<ConversationSummary> {
  const targetId = input.intoConversationId;
  if (sourceId === targetId) throw new AppError('merge_into_self', 'A conversation cannot be merged into itself');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const locked = await lockConversations(db, ctx.workspaceId, [sourceId, targetId]);
    const source = locked.find((c) => c.id === sourceId);
    const target = locked.find((c) => c.id === targetId);
    if (!source) throw notFound('Conversation');
    if (!target) throw notFound('Target conversation');
    if (source.mergedIntoId) throw new AppError('conversation_merged', `This conversation was already merged into ${source.mergedIntoId}`, { mergedIntoId: source.mergedIntoId });
    if (target.mergedIntoId) throw new AppError('merge_target_merged', `The target was itself merged into ${target.mergedIntoId}; merge into that one`, { mergedIntoId: target.mergedIntoId });
    const now = ctx.clock.now();
    const moved = await moveMessages(db, ctx.workspaceId, sourceId, targetId);
    await repointMerged(db, ctx.workspaceId, sourceId, targetId);
    await updateConversationRow(db, ctx.workspaceId, targetId, { ...absorbedFields(target, source), updatedAt: now });
    // Resolved, so the SLA sweep (which skips resolved conversations) leaves the source alone.
    await updateConversationRow(db, ctx.workspaceId, sourceId, { mergedIntoId: targetId, status: 'resolved', resolvedAt: source.resolvedAt ?? now, snoozedUntil: null, unreadCount: 0, waitingSince: null, updatedAt: now });
    await recordTriageEvents(tx, sourceId, [{ type: 'merged', data: { intoConversationId: targetId, messages: moved, statusBefore: source.status } }], now);
    await recordTriageEvents(tx, targetId, [{ type: 'merged_in', data: { fromConversationId: sourceId, messages: moved } }], now);
    await recordAudit(tx, {
      workspaceId: ctx.workspaceId,
      action: 'conversation.merge',
      targetType: 'conversation',
      targetId: sourceId,
      before: { status: source.status, mergedIntoId: null, assigneeId: source.assigneeId },
      after: { status: 'resolved', mergedIntoId: targetId, movedMessages: moved },
    });
    const [row] = await listConversationRowsByIds(db, ctx.workspaceId, [targetId]);
    return presentSummary(row!, now);
  });
}
