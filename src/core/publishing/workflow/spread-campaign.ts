// Spreading posts over a campaign: the posts, in the order given, are scheduled evenly over the
// campaign's dates (or the from/to given) within daily hours, in the workspace's time zone. Each
// post goes in the middle of its share of the time, so the first is not at the very start and
// the last not at the very end. All are scheduled or none: any refusal refuses the lot.
import { findCampaignDates, findTimeZones } from '../../../db/queries/post-workflow.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { getPost } from '../posts/get-post.ts';
import { parseMinute } from '../queues/slot-times.ts';
import { scheduleAt } from './schedule-post.ts';
import { addDays, fromWallClock, type LocalDate } from './wall-clock.ts';
import type { ScheduledTarget, WorkflowCtx } from './workflow-ctx.ts';

export type SpreadInput = { postIds: string[]; from?: string; to?: string; hours?: { from: string; to: string } };

const parseDate = (s: string): LocalDate => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const dateKey = (d: LocalDate) => d.year * 10000 + d.month * 100 + d.day;

/** The instants where `count` items sit evenly over these daily windows (clipped to after `after`). */
export function evenTimes(windows: Array<{ start: Date; end: Date }>, count: number, after: Date): Date[] {
  const open = windows.map((w) => ({ start: Math.max(w.start.getTime(), after.getTime()), end: w.end.getTime() })).filter((w) => w.end > w.start);
  const total = open.reduce((n, w) => n + (w.end - w.start), 0);
  if (count === 0 || total === 0) return [];
  return Array.from({ length: count }, (_, i) => {
    let offset = ((i + 0.5) * total) / count;
    for (const w of open) {
      if (offset < w.end - w.start) return new Date(Math.floor((w.start + offset) / 60_000) * 60_000);
      offset -= w.end - w.start;
    }
    return new Date(open.at(-1)!.end - 60_000);
  });
}

export async function spreadOverCampaign(ctx: WorkflowCtx, campaignId: string, input: SpreadInput) {
  const queued = await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const campaign = await findCampaignDates(db, ctx.workspaceId, campaignId);
    if (!campaign) throw notFound('Campaign');
    const from = input.from ?? campaign.startsOn;
    const to = input.to ?? campaign.endsOn;
    if (!from || !to) throw new AppError('validation_failed', 'The campaign has no start and end dates: give from and to');
    if (to < from) throw new AppError('validation_failed', 'to must not be before from');
    const startMinute = parseMinute(input.hours?.from ?? '09:00');
    const endMinute = parseMinute(input.hours?.to ?? '18:00');
    if (startMinute === undefined || endMinute === undefined || endMinute <= startMinute) throw new AppError('validation_failed', 'hours need from and to as HH:mm, from before to');
    if (new Set(input.postIds).size !== input.postIds.length) throw new AppError('validation_failed', 'A post is listed twice');

    const { workspace: timeZone } = await findTimeZones(db, ctx.workspaceId, null);
    const windows: Array<{ start: Date; end: Date }> = [];
    for (let d = parseDate(from); dateKey(d) <= dateKey(parseDate(to)) && windows.length < 366; d = addDays(d, 1)) {
      const at = (minute: number) => fromWallClock({ ...d, hour: Math.floor(minute / 60), minute: minute % 60 }, timeZone);
      windows.push({ start: at(startMinute), end: at(endMinute) });
    }
    const times = evenTimes(windows, input.postIds.length, new Date(ctx.clock.now().getTime() + 60_000));
    if (times.length < input.postIds.length) throw new AppError('schedule_in_past', 'The campaign dates are over: give from and to in the future');

    const all: ScheduledTarget[] = [];
    for (const [i, postId] of input.postIds.entries()) all.push(...(await scheduleAt(tx, postId, times[i]!, timeZone)));
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'campaign.spread', targetType: 'campaign', targetId: campaignId, after: { from, to, hours: input.hours ?? null, posts: input.postIds.map((id, i) => ({ id, scheduledAt: times[i] })) } });
    return all;
  });
  await ctx.queuePublish?.(queued);
  return { items: await Promise.all(input.postIds.map((id) => getPost(ctx, id))) };
}
