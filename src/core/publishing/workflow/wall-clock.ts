// Wall-clock times in an IANA time zone, converted to and from exact instants with the platform's
// Intl (Node 24 ships no Temporal yet). A local time that does not exist (the spring-forward gap)
// is moved forward by the length of the gap, as Google Calendar and Temporal's 'compatible'
// disambiguation do: 02:30 on the night Paris skips 02:00-03:00 becomes 03:30. A local time that
// happens twice (the autumn overlap) is the earlier of the two instants.

/** A date and time as read on a clock, with no zone: months 1-12, weekday 0 = Monday. */
export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };
export type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in the zone shows at this instant (seconds dropped). */
export function toWallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute) };
}

// The wall clock read as if it were UTC: a plain number to compare and do arithmetic on.
const asUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
const minuteFloor = (ms: number) => Math.floor(ms / 60_000) * 60_000;
/** The zone's offset from UTC at this instant, in milliseconds. */
const offsetAt = (ms: number, timeZone: string) => asUtc(toWallClock(new Date(ms), timeZone)) - minuteFloor(ms);

const day = 24 * 3600_000;

/** The instant a clock in the zone shows this time; see the file comment for gaps and overlaps. */
export function fromWallClock(wall: WallClock, timeZone: string): Date {
  const local = asUtc(wall);
  // Offsets a day either side cover any single transition near this time.
  const before = offsetAt(local - day, timeZone);
  const after = offsetAt(local + day, timeZone);
  const candidates = [...new Set([local - before, local - after])]
    .filter((ms) => asUtc(toWallClock(new Date(ms), timeZone)) === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!);
  // In the gap: read with the offset in force before it, which lands after it by the gap's length.
  return new Date(local - before);
}

/** 'YYYY-MM-DDTHH:mm' (seconds allowed and ignored) to a wall clock; undefined if not a real date. */
export function parseWallClock(text: string): WallClock | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!m) return undefined;
  const [year, month, dayOfMonth, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, dayOfMonth, hour, minute));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth || hour > 23 || minute > 59) return undefined;
  return { year, month, day: dayOfMonth, hour, minute };
}

/** Calendar arithmetic on a local date (no zone involved: days are days on the clock). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday ... 6 = Sunday, as queue slots count. */
export function weekdayOf(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
