// A channel's weekly slots as instants: each local date in the range whose weekday has slots, at
// the slot's wall-clock time in the workspace's zone. A slot in the spring-forward gap moves
// forward by the gap (02:30 -> 03:30), one in the autumn overlap is its earlier instant, so a slot
// happens exactly once a week whatever the clock does.
import { addDays, fromWallClock, toWallClock, weekdayOf } from '../workflow/wall-clock.ts';

export type WeeklySlot = { weekday: number; minuteOfDay: number };

/** The slot instants in [from, to), in order, without repeats. */
export function slotTimes(slots: WeeklySlot[], timeZone: string, from: Date, to: Date): Date[] {
  if (slots.length === 0 || to <= from) return [];
  const out = new Set<number>();
  const last = toWallClock(to, timeZone);
  // From the local day before `from`, in case a slot instant of that day falls after it.
  for (let date = addDays(toWallClock(from, timeZone), -1); ; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const s of slots) {
      if (s.weekday !== weekday) continue;
      const at = fromWallClock({ ...date, hour: Math.floor(s.minuteOfDay / 60), minute: s.minuteOfDay % 60 }, timeZone).getTime();
      if (at >= from.getTime() && at < to.getTime()) out.add(at);
    }
    if (date.year > last.year || (date.year === last.year && (date.month > last.month || (date.month === last.month && date.day >= last.day)))) break;
  }
  return [...out].sort((a, b) => a - b).map((ms) => new Date(ms));
}

export const formatMinute = (minuteOfDay: number) => `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
export function parseMinute(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
