// Which instant a schedule request means. An exact instant is taken as is; a local time is read in
// the zone given, else the user's own (users.time_zone), else the workspace's. The zone is kept
// with the post: recurrence and the calendar follow it.
import type { Tx } from '../../../db/client.ts';
import { findTimeZones } from '../../../db/queries/post-workflow.ts';
import { AppError } from '../../shared/errors.ts';
import { fromWallClock, isValidTimeZone, parseWallClock } from './wall-clock.ts';

export type ScheduleTimeInput = { at?: string | Date; localTime?: string; timeZone?: string };

export async function resolveZone(db: Tx, workspaceId: string, userId: string | null, given?: string): Promise<string> {
  const zones = given ? undefined : await findTimeZones(db, workspaceId, userId);
  const zone = given ?? zones!.user ?? zones!.workspace;
  if (!isValidTimeZone(zone)) throw new AppError('validation_failed', `Unknown time zone "${zone}"`, { timeZone: zone });
  return zone;
}

export async function resolveScheduleTime(db: Tx, workspaceId: string, userId: string | null, input: ScheduleTimeInput, now: Date): Promise<{ at: Date; timeZone: string }> {
  if ((input.at === undefined) === (input.localTime === undefined)) throw new AppError('validation_failed', 'Give either at (an exact instant) or localTime (with an optional timeZone)');
  const timeZone = await resolveZone(db, workspaceId, userId, input.timeZone);
  let at: Date;
  if (input.at !== undefined) {
    at = new Date(input.at);
    if (Number.isNaN(at.getTime())) throw new AppError('validation_failed', 'at is not a valid instant');
  } else {
    const wall = parseWallClock(input.localTime!);
    if (!wall) throw new AppError('validation_failed', 'localTime must be a real date and time, YYYY-MM-DDTHH:mm', { localTime: input.localTime });
    at = fromWallClock(wall, timeZone);
  }
  if (at.getTime() <= now.getTime()) throw new AppError('schedule_in_past', 'That time has already passed', { at: at.toISOString(), now: now.toISOString() });
  return { at, timeZone };
}
