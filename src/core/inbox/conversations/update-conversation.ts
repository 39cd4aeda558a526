// PATCH /inbox/conversations/{id}: status (built-in or the workspace's own), priority, tags added
// and removed, the assignee, a snooze. One transaction on the locked row: each kind of change
// records its conversation event, the whole change one audit entry, and the SLA engine hears of
// a resolution or a reopening.
import { lockConversations, updateConversationRow, type Conversation, type ConversationChanges } from '../../../db/queries/conversations.ts';
import { listConversationRowsByIds } from '../../../db/queries/conversations-list.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assignedKind } from '../assignment/record-assignments.ts';
import { notifyMembers } from '../assignment/notify-members.ts';
import { recordResolution } from '../sla/record-resolution.ts';
import { reopenClocks } from '../sla/reopen-clocks.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import type { Priority } from '../vocabulary.ts';
import { checkAssignee } from './check-assignee.ts';
import { presentSummary, type ConversationSummary } from './conversation-summary.ts';
import { checkStatus } from './conversation-view-filter.ts';
import { nextStatusFields } from './status-change.ts';
import { actingUser, recordTriageEvents, type TriageEvent } from './triage-events.ts';

export type ConversationPatch = {
  status?: string;
  priority?: Priority;
  tagsAdd?: string[];
  tagsRemove?: string[];
  /** null unassigns. */
  assigneeId?: string | null;
  /** A future time snoozes; null wakes a snoozed conversation. */
  snoozedUntil?: Date | null;
};

export const maxTags = 30;

/** Tags keep the case they were first written in and never repeat, case aside (as rules do). */
export function nextTags(current: string[], add: string[] = [], remove: string[] = []): string[] {
  const drop = new Set(remove.map((t) => t.trim().toLowerCase()));
  const tags = current.filter((t) => !drop.has(t.toLowerCase()));
  for (const raw of add) {
    const t = raw.trim();
    if (t && !drop.has(t.toLowerCase()) && !tags.some((have) => have.toLowerCase() === t.toLowerCase())) tags.push(t);
  }
  if (tags.length > maxTags) throw new AppError('validation_failed', `A conversation holds at most ${maxTags} tags`);
  return tags;
}

/** Locks the conversation for a change; merged ones take no more changes. */
export async function lockLiveConversation(ctx: WorkspaceCtx, conversationId: string): Promise<Conversation> {
  const [row] = await lockConversations(ctx.db, ctx.workspaceId, [conversationId]);
  if (!row) throw notFound('Conversation');
  if (row.mergedIntoId) throw new AppError('conversation_merged', `This conversation was merged into ${row.mergedIntoId}; change that one instead`, { mergedIntoId: row.mergedIntoId });
  return row;
}

export async function updateConversation(ctx: WorkspaceCtx, conversationId: string, patch: ConversationPatch): Promise<ConversationSummary> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await lockLiveConversation(tx, conversationId);
    const now = ctx.clock.now();
    if (patch.status !== undefined && patch.status !== before.status) await checkStatus(tx, patch.status);
    const changes: ConversationChanges = {};
    const events: TriageEvent[] = [];

    const next = nextStatusFields(before, patch, now);
    if (next.status !== before.status) {
      Object.assign(changes, next);
      events.push({ type: 'status_changed', data: { from: before.status, to: next.status } });
    } else if (next.snoozedUntil?.getTime() !== before.snoozedUntil?.getTime()) changes.snoozedUntil = next.snoozedUntil;
    if (next.status === 'snoozed' && changes.snoozedUntil) events.push({ type: 'snoozed', data: { until: changes.snoozedUntil.toISOString() } });

    if (patch.priority !== undefined && patch.priority !== before.priority) {
      changes.priority = patch.priority;
      events.push({ type: 'priority_changed', data: { from: before.priority, to: patch.priority } });
    }

    if (patch.tagsAdd?.length || patch.tagsRemove?.length) {
      const tags = nextTags(before.tags, patch.tagsAdd, patch.tagsRemove);
      const added = tags.filter((t) => !before.tags.includes(t));
      const removed = before.tags.filter((t) => !tags.includes(t));
      if (added.length || removed.length) {
        changes.tags = tags;
        events.push({ type: 'tags_changed', data: { added, removed } });
      }
    }

    let notifyAssignee: string | null = null;
    if (patch.assigneeId !== undefined && patch.assigneeId !== before.assigneeId) {
      if (patch.assigneeId === null) {
        events.push({ type: 'unassigned', userId: before.assigneeId, data: { by: 'manual' } });
      } else {
        await checkAssignee(db, ctx.workspaceId, { userId: patch.assigneeId });
        events.push({ type: 'assigned', userId: patch.assigneeId, data: { by: 'manual', previousAssigneeId: before.assigneeId } });
        if (patch.assigneeId !== actingUser(ctx)) notifyAssignee = patch.assigneeId;
      }
      changes.assigneeId = patch.assigneeId;
    }

    if (Object.keys(changes).length) {
      const after = await updateConversationRow(db, ctx.workspaceId, conversationId, { ...changes, updatedAt: now });
      await recordTriageEvents(tx, conversationId, events, now);
      const fields = Object.keys(changes) as (keyof Conversation)[];
      const pick = (c: Conversation) => Object.fromEntries(fields.map((f) => [f, c[f]]));
      await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'conversation.update', targetType: 'conversation', targetId: conversationId, before: pick(before), after: pick(after) });
      if (after.status === 'resolved' && before.status !== 'resolved') await recordResolution(tx, conversationId, now);
      if (before.status === 'resolved' && after.status !== 'resolved') await reopenClocks(tx, conversationId, now);
      if (notifyAssignee) {
        await notifyMembers(tx, [{ userId: notifyAssignee, kind: assignedKind, title: `${ctx.actor.label} assigned a conversation to you`, subject: { conversationId }, dedupKey: `${assignedKind}:${conversationId}:${now.toISOString()}` }]);
      }
    }
    const [row] = await listConversationRowsByIds(db, ctx.workspaceId, [conversationId]);
    return presentSummary(row!, now);
  });
}
