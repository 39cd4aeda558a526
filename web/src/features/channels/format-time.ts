// Times on the channels page, in the browser's own time zone: just the time when it is today
// ("14:05"), the day and time otherwise.
import { formatDateTime } from '../../ui/format.ts';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatClock(iso: string): string {
  const d = new Date(iso);
  return d.toDateString() === new Date().toDateString() ? time.format(d) : formatDateTime(iso);
}

/** "2 minutes ago", "yesterday"; exact time in a tooltip next to it. */
export function formatAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}
