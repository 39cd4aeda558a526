// The SLA sweep (every minute): each running clock that comes within its policy's warning window
// stores an 'sla_warning', each that passes its due time an 'sla_breach', once each (the dedup key
// names the clock and its due time, so a moved target warns again), and tells the assignee, or the
// workspace's admins while nobody is assigned. A warning is dated when the window opened and a
// breach at the due time, so reports do not depend on when the sweep ran. Any number of workers
// may run it: the unique dedup key lets only one store each event, and only new events notify.
import { insertConversationEvents, type ConversationEventRow } from '../../../db/queries/conversation-events.ts';
import { findDueSlaClocks, findMembersInRoles, slaDedupKey, type DueClock, type SlaClockKind, type SlaStage } from '../../../db/queries/sla-policies.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { can } from '../../permissions.ts';
import { roles } from '../../roles.ts';
import type { Ctx, WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { notifyMembers, type InboxNotice } from '../assignment/notify-members.ts';

const kinds: SlaClockKind[] = ['first_response', 'next_response', 'resolution'];
// Breaches first: a clock already past due is not warned about.
const stages: SlaStage[] = ['sla_breach', 'sla_warning'];
const adminRoles = roles.filter((r) => can(r, 'inbox.configure'));
const labels: Record<SlaClockKind, string> = { first_response: 'first response', next_response: 'next response', resolution: 'resolution' };

export type SweepResult = { warnings: number; breaches: number };

export async function sweepSla(ctx: Ctx, opts: { limit?: number; maxRounds?: number } = {}): Promise<SweepResult> {
  const limit = opts.limit ?? 500;
  const result: SweepResult = { warnings: 0, breaches: 0 };
  const now = ctx.clock.now();
  for (const stage of stages) {
    for (const kind of kinds) {
      for (let round = 0; round < (opts.maxRounds ?? 20); round++) {
        const due = await findDueSlaClocks(ctx.db, { kind, stage, now, limit });
        if (due.length === 0) break;
        const stored = await recordStage(ctx, stage, kind, due);
        result[stage === 'sla_breach' ? 'breaches' : 'warnings'] += stored;
        if (due.length < limit) break;
      }
    }
  }
  return result;
}

async function recordStage(ctx: Ctx, stage: SlaStage, kind: SlaClockKind, due: DueClock[]): Promise<number> {
  const byWorkspace = Map.groupBy(due, (d) => d.workspaceId);
  let stored = 0;
  for (const [workspaceId, clocks] of byWorkspace) {
    await inTransaction(ctx.db, async (db) => {
      const wctx: WorkspaceCtx = { ...ctx, db, workspaceId, role: 'owner' };
      const events = await insertConversationEvents(
        db,
        clocks.map((d) => ({
          id: newId(),
          workspaceId,
          conversationId: d.conversationId,
          type: stage,
          userId: d.assigneeId,
          data: { kind, dueAt: d.dueAt.toISOString(), policyId: d.policyId },
          dedupKey: slaDedupKey(stage, kind, d.dueAt),
          occurredAt: stage === 'sla_breach' ? d.dueAt : new Date(d.dueAt.getTime() - d.warnBeforeMinutes * 60_000),
        })),
      );
      stored += events.length;
      await notifyMembers(wctx, await notices(wctx, stage, kind, events));
    });
  }
  return stored;
}

async function notices(ctx: WorkspaceCtx, stage: SlaStage, kind: SlaClockKind, events: ConversationEventRow[]): Promise<InboxNotice[]> {
  const admins = events.some((e) => !e.userId) ? await findMembersInRoles(ctx.db, ctx.workspaceId, adminRoles) : [];
  const title = stage === 'sla_breach' ? `SLA missed: ${labels[kind]} was due` : `SLA about to slip: ${labels[kind]} due soon`;
  return events.flatMap((e) =>
    (e.userId ? [e.userId] : admins).map((userId) => ({
      userId,
      kind: stage,
      title: e.userId ? title : `${title} (unassigned)`,
      body: `Due at ${String(e.data.dueAt)}`,
      subject: { conversationId: e.conversationId, kind },
      dedupKey: `${e.dedupKey}:${e.conversationId}`,
    })),
  );
}
