// The rotation for one assignment pass: the members who may take conversations, their rows locked
// until the caller's transaction ends, with their open load and their cap (their own, else the
// workspace's). A second assigner waits here and then counts the first one's assignments.
import { countOpenByAssignee, lockAssignmentCandidates } from '../../../db/queries/assignment.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { getInboxSettings, type InboxSettings } from '../settings/inbox-settings.ts';
import { answeringRoles } from './answering-roles.ts';
import { Rotation } from './rotation.ts';

export async function loadRotation(ctx: WorkspaceCtx, policy?: InboxSettings): Promise<Rotation> {
  const settings = policy ?? (await getInboxSettings(ctx));
  const candidates = await lockAssignmentCandidates(ctx.db, ctx.workspaceId, answeringRoles);
  const open = await countOpenByAssignee(ctx.db, ctx.workspaceId, candidates.map((c) => c.userId));
  return new Rotation(
    candidates.map((c) => ({ userId: c.userId, hat: c.hat, cap: c.openCap ?? settings.defaultOpenCap, open: open.get(c.userId) ?? 0, lastAssignedAt: c.lastAssignedAt })),
    ctx.clock.now(),
  );
}
