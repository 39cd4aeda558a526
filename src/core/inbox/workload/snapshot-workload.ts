// Takes the workload snapshot: every member who may answer, in every workspace, with their open
// conversations now. The instant is the start of the current period, so a job run twice in the
// same period (a retry, two workers) stores it once.
import { countOpenForAllMembers, insertWorkloadSnapshots } from '../../../db/queries/workload.ts';
import type { Ctx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { answeringRoles } from '../assignment/answering-roles.ts';

export const snapshotPeriodMinutes = 10;

export async function snapshotWorkload(ctx: Ctx): Promise<{ takenAt: Date; stored: number }> {
  const period = snapshotPeriodMinutes * 60_000;
  const takenAt = new Date(Math.floor(ctx.clock.now().getTime() / period) * period);
  const counts = await countOpenForAllMembers(ctx.db, answeringRoles);
  const stored = await insertWorkloadSnapshots(
    ctx.db,
    counts.map((c) => ({ id: newId(), workspaceId: c.workspaceId, userId: c.userId, takenAt, openCount: c.open })),
  );
  return { takenAt, stored };
}
