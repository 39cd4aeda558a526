// What the schema cannot tell about a policy: a real time zone, days whose hours open before they
// close and do not overlap, at least one target, holidays only with business hours (a date needs
// a zone). Refusals: sla_policy_invalid with a stable `reason`.
import { AppError } from '../../shared/errors.ts';
import { isValidTimeZone } from '../../publishing/workflow/wall-clock.ts';
import { parseTime, weekdays, type BusinessHours } from './business-time.ts';
import type { SlaPolicyFields } from './sla-policy-schema.ts';

const invalid = (reason: string, message: string, extra: Record<string, unknown> = {}) => new AppError('sla_policy_invalid', message, { reason, ...extra });

export function checkSlaPolicy(p: Pick<SlaPolicyFields, 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes' | 'businessHours' | 'holidays'>): void {
  if (p.firstResponseMinutes === null && p.nextResponseMinutes === null && p.resolutionMinutes === null) throw invalid('no_targets', 'A policy needs at least one target: first response, next response or resolution');
  if (p.holidays.length > 0 && !p.businessHours) throw invalid('holidays_need_hours', 'Holidays need business hours (and their time zone)');
  if (p.businessHours) checkHours(p.businessHours);
}

function checkHours(hours: BusinessHours): void {
  if (!isValidTimeZone(hours.timeZone)) throw invalid('unknown_time_zone', `Unknown time zone "${hours.timeZone}"`, { timeZone: hours.timeZone });
  let open = 0;
  for (const day of weekdays) {
    const ranges = [...(hours.week[day] ?? [])].map(([from, to]) => [parseTime(from), parseTime(to), from, to] as const).sort((a, b) => a[0] - b[0]);
    for (const [i, [start, end, from, to]] of ranges.entries()) {
      if (end <= start) throw invalid('hours_reversed', `${day}: ${from}-${to} closes before it opens`, { day });
      if (i > 0 && start < ranges[i - 1]![1]) throw invalid('hours_overlap', `${day}: ${from}-${to} overlaps another range`, { day });
      open += end - start;
    }
  }
  if (open === 0) throw invalid('no_hours', 'Business hours need at least one open range; leave them out to count around the clock');
}
