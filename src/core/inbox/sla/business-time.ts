// Business-time arithmetic for SLA policies: add N business minutes to an instant, and count the
// business seconds between two instants. Opening hours are wall-clock times in the policy's zone,
// turned into instants day by day (src/core/publishing/workflow/wall-clock.ts), so a 09:00-17:00
// day is 8 hours on either side of a DST change and a 00:00-24:00 day is 23 or 25 hours on the
// nights the clock moves. Holidays (local dates) have no hours. No hours at all: around the clock.
import { addDays, fromWallClock, toWallClock, weekdayOf, type LocalDate } from '../../publishing/workflow/wall-clock.ts';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
/** [["09:00", "12:30"], ["13:30", "17:00"]]: "24:00" closes at midnight. */
export type DayHours = Array<[string, string]>;
export type BusinessHours = { timeZone: string; week: Partial<Record<Weekday, DayHours>> };
export type BusinessSchedule = { hours: BusinessHours | null; holidays: readonly string[] };

const minuteMs = 60_000;
// The farthest a search walks (a year of holidays and closed days is already absurd).
const maxDays = 3 * 366;

export const parseTime = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const isoDate = (d: LocalDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const atMinute = (date: LocalDate, minuteOfDay: number, timeZone: string) =>
  minuteOfDay >= 24 * 60 ? fromWallClock({ ...addDays(date, 1), hour: 0, minute: 0 }, timeZone) : fromWallClock({ ...date, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, timeZone);

/** The day's open intervals as instants [start, end) in ms, in order; none on a holiday. */
function openIntervals(date: LocalDate, hours: BusinessHours, holidays: ReadonlySet<string>): Array<[number, number]> {
  if (holidays.has(isoDate(date))) return [];
  const day = hours.week[weekdays[weekdayOf(date)]!] ?? [];
  return day.map(([from, to]) => [atMinute(date, parseTime(from), hours.timeZone).getTime(), atMinute(date, parseTime(to), hours.timeZone).getTime()] as [number, number]).filter(([a, b]) => b > a);
}

const hasAnyHours = (hours: BusinessHours) => weekdays.some((d) => (hours.week[d] ?? []).length > 0);

/** The instant `minutes` business minutes after `start`; null when the schedule never opens. */
export function addBusinessMinutes(start: Date, minutes: number, schedule: BusinessSchedule): Date | null {
  const { hours } = schedule;
  if (!hours) return new Date(start.getTime() + minutes * minuteMs);
  if (!hasAnyHours(hours)) return null;
  const holidays = new Set(schedule.holidays);
  let remaining = minutes * minuteMs;
  const from = start.getTime();
  // From the local day before, in case the previous day's hours run past midnight into `start`.
  let date = addDays(toWallClock(start, hours.timeZone), -1);
  for (let i = 0; i < maxDays; i++, date = addDays(date, 1)) {
    for (const [a, b] of openIntervals(date, hours, holidays)) {
      if (b <= from) continue;
      const begin = Math.max(a, from);
      if (remaining <= b - begin) return new Date(begin + remaining);
      remaining -= b - begin;
    }
  }
  return null;
}

/** Business seconds in [from, to) (whole seconds); 0 when `to` is not after `from`. */
export function businessSecondsBetween(from: Date, to: Date, schedule: BusinessSchedule): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  const { hours } = schedule;
  if (!hours) return Math.floor((b - a) / 1000);
  const holidays = new Set(schedule.holidays);
  const last = toWallClock(to, hours.timeZone);
  let total = 0;
  let date = addDays(toWallClock(from, hours.timeZone), -1);
  for (;;) {
    for (const [s, e] of openIntervals(date, hours, holidays)) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
    if (isoDate(date) >= isoDate(last)) break;
    date = addDays(date, 1);
  }
  return Math.floor(total / 1000);
}
