// Approval steps: the workspace's own (channel null, every post goes through them) and each
// channel's (added for posts that target it). None at all means posts need no approval.
import { findChannelIds } from '../../../db/queries/channels.ts';
import { findStepIds, listApprovalSteps, listMemberRoles, replaceApprovalSteps, type ApprovalStepRow } from '../../../db/queries/post-workflow.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { can } from '../../permissions.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';

export type ApprovalStepInput = { id?: string; channelId: string | null; name: string; mode: 'any' | 'all'; approverIds: string[] };

const view = (s: ApprovalStepRow) => ({ id: s.id, channelId: s.channelId, position: s.position, name: s.name, mode: s.mode, approverIds: s.approverIds });
export type ApprovalStepView = ReturnType<typeof view>;

export async function getApprovalSteps(ctx: WorkspaceCtx): Promise<ApprovalStepView[]> {
  return (await listApprovalSteps(ctx.db, ctx.workspaceId)).map(view);
}

/**
 * Replaces every step of the workspace, in the order given (per channel). A step sent with its id
 * keeps it, so the decisions already made on it still count.
 */
export async function putApprovalSteps(ctx: WorkspaceCtx, steps: ApprovalStepInput[]): Promise<ApprovalStepView[]> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const channelIds = [...new Set(steps.flatMap((s) => (s.channelId ? [s.channelId] : [])))];
    const known = new Set(await findChannelIds(db, ctx.workspaceId, channelIds));
    const unknown = channelIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new AppError('validation_failed', 'An approval step names a channel that is not in this workspace', { channelIds: unknown });

    const approverIds = [...new Set(steps.flatMap((s) => s.approverIds))];
    const members = new Map((await listMemberRoles(db, ctx.workspaceId, approverIds)).map((m) => [m.userId, m]));
    const notMembers = approverIds.filter((id) => !members.has(id));
    if (notMembers.length > 0) throw new AppError('validation_failed', 'Every approver must be a member of the workspace', { userIds: notMembers });
    const cannot = approverIds.filter((id) => !can(members.get(id)!.role, 'posts.approve'));
    if (cannot.length > 0) throw new AppError('validation_failed', "These members' role cannot approve posts (give them the approver, admin or owner role)", { userIds: cannot });

    const givenIds = steps.flatMap((s) => (s.id ? [s.id] : []));
    const ownIds = new Set(await findStepIds(db, ctx.workspaceId, givenIds));
    if (givenIds.some((id) => !ownIds.has(id)) || new Set(givenIds).size !== givenIds.length) throw new AppError('validation_failed', 'A step id is unknown or repeated');

    const before = await listApprovalSteps(db, ctx.workspaceId);
    const positions = new Map<string | null, number>();
    const rows = steps.map((s) => {
      const position = positions.get(s.channelId) ?? 0;
      positions.set(s.channelId, position + 1);
      return { id: s.id ?? newId(), workspaceId: ctx.workspaceId, channelId: s.channelId, position, name: s.name, mode: s.mode, approverIds: [...new Set(s.approverIds)] };
    });
    await replaceApprovalSteps(db, ctx.workspaceId, rows);
    const after = (await listApprovalSteps(db, ctx.workspaceId)).map(view);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'approval_steps.update', targetType: 'workspace', targetId: ctx.workspaceId, before: before.map(view), after });
    return after;
  });
}
