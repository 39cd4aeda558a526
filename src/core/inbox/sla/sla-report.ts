// The SLA report over a period: sums and averages of the stored events (never a replay of the
// conversations): first responses, replies and resolutions with their average in clock and
// business time, and warnings and breaches by clock. Default period: the last 30 days.
import { sumConversationEvents, type EventTotals } from '../../../db/queries/conversation-events.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';

export type DurationStats = { count: number; avgSeconds: number | null; avgBusinessSeconds: number | null };
export type ByClock = { first_response: number; next_response: number; resolution: number; total: number };
export type SlaReport = { from: Date; to: Date; firstResponse: DurationStats; reply: DurationStats; resolution: DurationStats; warnings: ByClock; breaches: ByClock };

const day = 86_400_000;

export async function slaReport(ctx: WorkspaceCtx, input: { from?: Date; to?: Date }): Promise<SlaReport> {
  const to = input.to ?? ctx.clock.now();
  const from = input.from ?? new Date(to.getTime() - 30 * day);
  if (from >= to) throw new AppError('validation_failed', '"from" must be before "to"');
  const totals = await sumConversationEvents(ctx.db, ctx.workspaceId, ['first_response', 'reply', 'resolution', 'sla_warning', 'sla_breach'], from, to);
  return { from, to, firstResponse: stats(totals, 'first_response'), reply: stats(totals, 'reply'), resolution: stats(totals, 'resolution'), warnings: byClock(totals, 'sla_warning'), breaches: byClock(totals, 'sla_breach') };
}

function stats(totals: EventTotals[], type: string): DurationStats {
  const rows = totals.filter((t) => t.type === type);
  const count = rows.reduce((n, r) => n + r.count, 0);
  const valued = rows.reduce((n, r) => n + r.valued, 0);
  const avg = (pick: (r: EventTotals) => number | null) => (valued === 0 ? null : Math.round(rows.reduce((n, r) => n + (pick(r) ?? 0), 0) / valued));
  return { count, avgSeconds: avg((r) => r.sumSeconds), avgBusinessSeconds: avg((r) => r.sumBusinessSeconds) };
}

function byClock(totals: EventTotals[], type: string): ByClock {
  const out: ByClock = { first_response: 0, next_response: 0, resolution: 0, total: 0 };
  for (const t of totals.filter((r) => r.type === type)) {
    if (t.kind === 'first_response' || t.kind === 'next_response' || t.kind === 'resolution') out[t.kind] += t.count;
    out.total += t.count;
  }
  return out;
}
