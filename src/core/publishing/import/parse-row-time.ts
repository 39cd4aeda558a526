// A CSV row's time: an ISO 8601 instant with its offset ("2026-12-03T09:30:00+01:00", "...Z"), or
// a wall-clock time ("2026-12-03 09:30") read in the workspace's time zone, as a spreadsheet user
// means it. A wall-clock time that the zone skips (the hour lost when clocks go forward) is refused
// rather than moved, so nobody's post silently goes out an hour off.

export type RowTime = { ok: true; at: Date } | { ok: false; message: string };

const withOffset = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const wallClock = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function fieldsOf(match: RegExpExecArray): Fields {
  const [, y, mo, d, h, mi, s] = match;
  return { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
}

const asUtc = (f: Fields) => Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);

// Date.UTC rolls 2026-02-30 over to March: a real date reads back as itself.
function exists(f: Fields): boolean {
  const d = new Date(asUtc(f));
  return d.getUTCFullYear() === f.year && d.getUTCMonth() === f.month - 1 && d.getUTCDate() === f.day && f.hour < 24 && f.minute < 60 && f.second < 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockIn(timeZone: string, instant: number): Fields {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant at which the zone's clocks show this wall-clock time, or null if they never do. */
export function zonedToInstant(f: Fields, timeZone: string): Date | null {
  const target = asUtc(f);
  // Two passes settle the offset either side of a change; the read-back catches skipped times.
  let instant = target - (asUtc(wallClockIn(timeZone, target)) - target);
  instant = target - (asUtc(wallClockIn(timeZone, instant)) - instant);
  return asUtc(wallClockIn(timeZone, instant)) === target ? new Date(instant) : null;
}

export function parseRowTime(value: string, timeZone: string): RowTime {
  const offsetMatch = withOffset.exec(value);
  if (offsetMatch) {
    const at = Date.parse(value.replace(' ', 'T'));
    if (!exists(fieldsOf(offsetMatch)) || Number.isNaN(at)) return { ok: false, message: `"${value}" is not a real date and time` };
    return { ok: true, at: new Date(at) };
  }
  const localMatch = wallClock.exec(value);
  if (!localMatch) return { ok: false, message: `"${value}" is not a time Tandem reads: write 2026-12-03T09:30:00+01:00, or 2026-12-03 09:30 for ${timeZone} time` };
  const fields = fieldsOf(localMatch);
  if (!exists(fields)) return { ok: false, message: `"${value}" is not a real date and time` };
  const at = zonedToInstant(fields, timeZone);
  if (!at) return { ok: false, message: `${value} does not exist in ${timeZone} (the clocks skip that hour); pick another time` };
  return { ok: true, at };
}
