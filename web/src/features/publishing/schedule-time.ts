// Wall-clock times for the schedule dialog: what a 'YYYY-MM-DDTHH:mm' means in a time zone is
// decided by the server (it knows the DST rules it schedules with); the browser only formats.
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** An instant as 'YYYY-MM-DDTHH:mm' on the wall clock of a zone, for a datetime-local input. */
export function localInputValue(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** An instant shown in a zone, with the zone's short name ("12 Mar 2027, 09:30 CET"). */
// (dateStyle and timeStyle cannot be combined with timeZoneName, so the fields are spelled out.)
export const formatInZone = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
