// The workload view: each member's load now (open, cap, available) and their open conversations
// over the period from the snapshots, in buckets (the highest count of each) so a chart gets at
// most ~500 points per member whatever the period.
import { workloadSeries } from '../../../db/queries/workload.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { currentLoad, type MemberLoad } from './current-load.ts';
import { snapshotPeriodMinutes } from './snapshot-workload.ts';

export type WorkloadInput = { from?: Date; to?: Date };
export type Workload = { from: Date; to: Date; bucketSeconds: number; members: MemberLoad[]; series: Array<{ userId: string; points: Array<{ at: Date; open: number }> }> };

const day = 86_400_000;
const maxPoints = 500;

export async function getWorkload(ctx: WorkspaceCtx, input: WorkloadInput): Promise<Workload> {
  const to = input.to ?? ctx.clock.now();
  const from = input.from ?? new Date(to.getTime() - 7 * day);
  if (from >= to) throw new AppError('validation_failed', '"from" must be before "to"');
  if (to.getTime() - from.getTime() > 400 * day) throw new AppError('validation_failed', 'The period is at most 400 days');
  const period = snapshotPeriodMinutes * 60;
  const bucketSeconds = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000 / maxPoints / period)) * period;
  const { members } = await currentLoad(ctx);
  const points = await workloadSeries(ctx.db, ctx.workspaceId, { from, to, bucketSeconds, userIds: members.map((m) => m.userId) });
  const byUser = new Map(members.map((m) => [m.userId, [] as Array<{ at: Date; open: number }>]));
  for (const p of points) byUser.get(p.userId)?.push({ at: p.at, open: p.open });
  return { from, to, bucketSeconds, members, series: [...byUser].map(([userId, pts]) => ({ userId, points: pts })) };
}
