// Each member who may answer, with their open conversations now, their cap (their own, else the
// workspace's) and whether they take new ones: the availability list and the workload view.
import { countOpenByAssignee, listInboxMembers } from '../../../db/queries/assignment.ts';
import type { Role } from '../../roles.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { answeringRoles } from '../assignment/answering-roles.ts';
import { getInboxSettings } from '../settings/inbox-settings.ts';

export type MemberLoad = { userId: string; name: string; email: string; role: Role; hat: 'social' | 'community' | 'both'; available: boolean; open: number; cap: number; ownCap: number | null; lastAssignedAt: Date | null };

export async function currentLoad(ctx: WorkspaceCtx): Promise<{ members: MemberLoad[]; defaultOpenCap: number }> {
  const policy = await getInboxSettings(ctx);
  const members = await listInboxMembers(ctx.db, ctx.workspaceId, answeringRoles);
  const open = await countOpenByAssignee(ctx.db, ctx.workspaceId, members.map((m) => m.userId));
  return {
    defaultOpenCap: policy.defaultOpenCap,
    members: members.map(({ openCap, ...m }) => ({ ...m, open: open.get(m.userId) ?? 0, cap: openCap ?? policy.defaultOpenCap, ownCap: openCap })),
  };
}
