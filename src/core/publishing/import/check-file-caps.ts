// Daily caps across the file: a channel that may publish N posts a day cannot take every row of a
// file planned for the same day. Each timed row counts what the channel already has that local day
// (in the workspace's zone, as scheduling counts) plus the rows before it in the file, so the dry
// run reports what scheduling would refuse row by row.
import { accountLimitsSchema } from '../../../connectors/sdk/limits.ts';
import type { ImportRowError } from '../../../db/schema/automation.ts';
import { addDays, fromWallClock, toWallClock } from '../workflow/wall-clock.ts';
import type { ImportChannel, RowPlan } from './check-import-row.ts';

/** Targets the channel already has in [from, to). */
export type CountExisting = (channelId: string, from: Date, to: Date) => Promise<number>;

export async function checkFileCaps(plans: RowPlan[], channels: ImportChannel[], timeZone: string, countExisting: CountExisting): Promise<Map<number, ImportRowError[]>> {
  const errors = new Map<number, ImportRowError[]>();
  const caps = new Map(channels.map((c) => [c.id, { name: c.displayName, cap: accountLimitsSchema.safeParse(c.limits).data?.dailyPublishCap ?? null }]));
  const used = new Map<string, number>();
  for (const plan of plans) {
    if (!plan.scheduledAt) continue;
    const wall = toWallClock(plan.scheduledAt, timeZone);
    const day = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
    for (const channelId of plan.channelIds) {
      const { name, cap } = caps.get(channelId) ?? { name: '', cap: null };
      if (cap === null) continue;
      const key = `${channelId}/${day}`;
      if (!used.has(key)) {
        const next = addDays(wall, 1);
        used.set(key, await countExisting(channelId, fromWallClock({ ...wall, hour: 0, minute: 0 }, timeZone), fromWallClock({ ...next, hour: 0, minute: 0 }, timeZone)));
      }
      const count = used.get(key)!;
      if (count >= cap) {
        const list = errors.get(plan.row) ?? [];
        list.push({ row: plan.row, field: 'time', code: 'daily_cap_reached', message: `${name} can publish ${cap} post${cap > 1 ? 's' : ''} a day and ${day} already has ${count} (rows above included)` });
        errors.set(plan.row, list);
      } else used.set(key, count + 1);
    }
  }
  return errors;
}
