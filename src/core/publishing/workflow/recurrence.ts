// Recurring posts: the next occurrence is at the same wall-clock time in the post's zone, one
// interval later, so a 09:00 Paris post stays at 09:00 across DST. Monthly on a day the next month
// lacks (the 31st) falls on its last day, and later months follow from there.
import type { Recurrence } from '../../../db/schema/index.ts';
import { addDays, daysInMonth, fromWallClock, toWallClock, type WallClock } from './wall-clock.ts';

function step(w: WallClock, r: Recurrence): WallClock {
  if (r.frequency === 'daily') return { ...w, ...addDays(w, r.interval) };
  if (r.frequency === 'weekly') return { ...w, ...addDays(w, 7 * r.interval) };
  const months = w.year * 12 + (w.month - 1) + r.interval;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
}

/**
 * When the occurrence after the one at `at` goes out, and the recurrence it carries (count counts
 * the occurrences left including itself); undefined when the series is over.
 */
export function nextOccurrence(at: Date, timeZone: string, r: Recurrence): { at: Date; recurrence: Recurrence } | undefined {
  if (r.count !== undefined && r.count <= 1) return undefined;
  const next = step(toWallClock(at, timeZone), r);
  const nextAt = fromWallClock(next, timeZone);
  if (r.until !== undefined) {
    // A date is a last local day (inclusive); an instant is the last moment.
    const over = /^\d{4}-\d{2}-\d{2}$/.test(r.until)
      ? `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}` > r.until
      : nextAt.getTime() > new Date(r.until).getTime();
    if (over) return undefined;
  }
  return { at: nextAt, recurrence: r.count !== undefined ? { ...r, count: r.count - 1 } : r };
}
