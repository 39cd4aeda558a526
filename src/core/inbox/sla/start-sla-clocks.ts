// SLA clocks after an ingest batch, inside its transaction. A new conversation gets the policy a
// rule gave it (set_sla_policy), else the default, and its first-response and resolution due
// times (from its first message). A person who
// writes again after an answer starts the next-response clock (from waiting_since, the first
// unanswered message). A conversation ingestion reopened (resolved before: its resolution clock
// was stopped) gets a new resolution due time from the message that reopened it.
import { findDefaultSlaPolicy, findSlaPolicies, lockSlaConversations, updateSlaClocks, type SlaClockChanges, type SlaPolicyRow } from '../../../db/queries/sla-policies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import type { InboundMessage } from '../inbound-message.ts';
import { dueAfter, scheduleOf } from './policy-schedule.ts';

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export async function startSlaClocks(ctx: WorkspaceCtx, inbound: InboundMessage[]): Promise<void> {
  if (inbound.length === 0) return;
  const firstInBatch = new Map<string, { at: Date; opened: boolean }>();
  for (const m of inbound) {
    const seen = firstInBatch.get(m.conversationId);
    if (!seen || m.occurredAt < seen.at) firstInBatch.set(m.conversationId, { at: m.occurredAt, opened: (seen?.opened ?? false) || m.newConversation });
    else if (m.newConversation) seen.opened = true;
  }
  const rows = await lockSlaConversations(ctx.db, ctx.workspaceId, [...firstInBatch.keys()]);
  const live = rows.filter((c) => !c.mergedIntoId && !c.resolvedAt && c.status !== 'resolved');
  // A conversation the batch opened starts its clocks from the policy a rule gave it, else the default.
  const needDefault = live.some((c) => !c.slaPolicyId && firstInBatch.get(c.id)!.opened);
  const fallback = needDefault ? await findDefaultSlaPolicy(ctx.db, ctx.workspaceId) : undefined;
  const policies = await findSlaPolicies(ctx.db, ctx.workspaceId, [...new Set(live.flatMap((c) => (c.slaPolicyId ? [c.slaPolicyId] : [])))]);
  for (const c of live) {
    const batch = firstInBatch.get(c.id)!;
    const opened = batch.opened;
    const policy: SlaPolicyRow | undefined = c.slaPolicyId ? policies.get(c.slaPolicyId) : opened ? fallback : undefined;
    if (!policy) continue;
    const schedule = scheduleOf(policy);
    const changes: SlaClockChanges = {};
    if (opened) {
      changes.slaPolicyId = policy.id;
      changes.firstResponseDueAt = dueAfter(batch.at, policy.firstResponseMinutes, schedule);
      changes.resolutionDueAt = dueAfter(batch.at, policy.resolutionMinutes, schedule);
    } else if (!c.resolutionDueAt && policy.resolutionMinutes !== null) {
      changes.resolutionDueAt = dueAfter(batch.at, policy.resolutionMinutes, schedule);
    }
    if (c.firstResponseAt && c.waitingSince) {
      const due = dueAfter(c.waitingSince, policy.nextResponseMinutes, schedule);
      if (!same(due, c.nextResponseDueAt)) changes.nextResponseDueAt = due;
    }
    if (Object.keys(changes).length > 0) await updateSlaClocks(ctx.db, ctx.workspaceId, c.id, changes);
  }
}
