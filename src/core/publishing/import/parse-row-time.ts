// A CSV row's time: an ISO 8601 instant with its offset ("2026-12-03T09:30:00+01:00", "...Z"), or
// a wall-clock time ("2026-12-03 09:30") read in the workspace's time zone, as a spreadsheet user
// means it. A wall-clock time that the zone skips (the hour lost when clocks go forward) is refused
// rather than moved (the composer moves it forward; a file of many rows is better told), so nobody's
// post silently goes out an hour off. The zone arithmetic is the workflow's (wall-clock.ts).
import { fromWallClock, toWallClock } from '../workflow/wall-clock.ts';

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
  const at = fromWallClock(fields, timeZone);
  const shown = toWallClock(at, timeZone);
  if (shown.hour !== fields.hour || shown.minute !== fields.minute || shown.day !== fields.day) return { ok: false, message: `${value} does not exist in ${timeZone} (the clocks skip that hour); pick another time` };
  return { ok: true, at: new Date(at.getTime() + fields.second * 1000) };
}
