// What a status change does to the conversation's other fields: resolving stamps resolved_at,
// leaving "resolved" clears it, snoozing needs a time in the future, and any other status drops the
// snooze. Pure: the use-case writes what this returns.
import { AppError } from '../../shared/errors.ts';

export type StatusFields = { status: string; resolvedAt: Date | null; snoozedUntil: Date | null };

/**
 * The fields after the request. `snoozedUntil` alone snoozes (or, null, wakes a snoozed
 * conversation); with a status other than "snoozed" it is refused as contradictory.
 */
export function nextStatusFields(current: StatusFields, req: { status?: string; snoozedUntil?: Date | null }, now: Date): StatusFields {
  let status = req.status ?? current.status;
  let snoozedUntil = current.snoozedUntil;
  if (req.snoozedUntil) {
    if (req.status !== undefined && req.status !== 'snoozed') throw new AppError('validation_failed', `snoozedUntil goes with status "snoozed", not "${req.status}"`);
    if (req.snoozedUntil <= now) throw new AppError('schedule_in_past', 'snoozedUntil must be in the future');
    status = 'snoozed';
    snoozedUntil = req.snoozedUntil;
  } else if (req.snoozedUntil === null) {
    if (req.status === 'snoozed') throw new AppError('validation_failed', 'Snoozing needs a snoozedUntil time');
    if (req.status === undefined && current.status === 'snoozed') status = 'open';
  } else if (req.status === 'snoozed' && current.status !== 'snoozed') {
    throw new AppError('validation_failed', 'Snoozing needs a snoozedUntil time');
  }
  if (status !== 'snoozed') snoozedUntil = null;
  let resolvedAt = current.resolvedAt;
  if (status === 'resolved' && current.status !== 'resolved') resolvedAt = now;
  if (status !== 'resolved') resolvedAt = null;
  return { status, resolvedAt, snoozedUntil };
}
