// Review: submit a post, approve it or ask for changes. Decisions are stored per revision, so an
// edit (which bumps the revision) needs approving again. The post moves to approved when its last
// applicable step is satisfied; submitting a post that no step applies to approves it at once.
import { findPostWithTargets, updatePostRow, type PostWithTargets } from '../../../db/queries/posts.ts';
import { insertApproval, listApprovalsOf, listMemberRoles, listStepsForChannels } from '../../../db/queries/post-workflow.ts';
import type { Tx } from '../../../db/client.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { approvalProgress, type ApprovalProgress } from './approval-progress.ts';
import { assertMove } from './transitions.ts';

export async function lockPost(db: Tx, workspaceId: string, postId: string): Promise<PostWithTargets> {
  const post = await findPostWithTargets(db, workspaceId, postId, { forUpdate: true });
  if (!post) throw notFound('Post');
  return post;
}

/** The steps that apply to the post and how far its current revision has got through them. */
export async function progressOf(db: Tx, workspaceId: string, post: PostWithTargets): Promise<ApprovalProgress> {
  const steps = await listStepsForChannels(db, workspaceId, [...new Set(post.targets.map((t) => t.channelId))]);
  return approvalProgress(steps, await listApprovalsOf(db, workspaceId, post.id, post.revision));
}

export async function submitPost(ctx: WorkspaceCtx, postId: string) {
  return inTransaction(ctx.db, async (db) => {
    const post = await lockPost(db, ctx.workspaceId, postId);
    assertMove('submit', post.state);
    const progress = await progressOf(db, ctx.workspaceId, post);
    const state = progress.complete ? 'approved' : 'in_review';
    await updatePostRow(db, ctx.workspaceId, postId, { state, updatedAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'post.submit', targetType: 'post', targetId: postId, before: { state: post.state }, after: { state, revision: post.revision } });
    return { state };
  });
}

type Decision = { decision: 'approved' | 'changes_requested'; note?: string | null };

/** Only an approver named in the step that is deciding now may decide; their decision is kept. */
async function decide(ctx: WorkspaceCtx, postId: string, input: Decision) {
  return inTransaction(ctx.db, async (db) => {
    const post = await lockPost(db, ctx.workspaceId, postId);
    assertMove(input.decision === 'approved' ? 'approve' : 'request_changes', post.state);
    const progress = await progressOf(db, ctx.workspaceId, post);
    const step = progress.current;
    const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    if (!step || !userId || !step.approverIds.includes(userId)) {
      throw new AppError('not_an_approver', step ? `Only the approvers of "${step.name}" can decide on this post now` : 'No approval step is waiting on this post', { stepId: step?.id ?? null });
    }
    // A member removed since being named no longer decides for the workspace.
    if ((await listMemberRoles(db, ctx.workspaceId, [userId])).length === 0) throw new AppError('not_an_approver', 'You are no longer a member of this workspace');
    const now = ctx.clock.now();
    const approval = await insertApproval(db, { id: newId(), workspaceId: ctx.workspaceId, postId, stepId: step.id, revision: post.revision, userId, decision: input.decision, note: input.note ?? null, createdAt: now });
    const after = await progressOf(db, ctx.workspaceId, post);
    const state = input.decision === 'changes_requested' ? 'changes_requested' : after.complete ? 'approved' : 'in_review';
    await updatePostRow(db, ctx.workspaceId, postId, { state, updatedAt: now });
    await recordAudit(
      { ...ctx, db },
      { workspaceId: ctx.workspaceId, action: input.decision === 'approved' ? 'post.approve' : 'post.request_changes', targetType: 'post', targetId: postId, before: { state: post.state }, after: { state, stepId: step.id, revision: post.revision, note: approval.note } },
    );
    return { state, stepId: step.id };
  });
}

export const approvePost = (ctx: WorkspaceCtx, postId: string, input: { note?: string | null } = {}) => decide(ctx, postId, { decision: 'approved', note: input.note });
export const requestChanges = (ctx: WorkspaceCtx, postId: string, input: { note: string }) => decide(ctx, postId, { decision: 'changes_requested', note: input.note });

/** The steps that apply to the post, each with who decided what on the current revision. */
export async function getPostApprovals(ctx: WorkspaceCtx, postId: string) {
  const post = await findPostWithTargets(ctx.db, ctx.workspaceId, postId);
  if (!post) throw notFound('Post');
  const progress = await progressOf(ctx.db, ctx.workspaceId, post);
  return {
    state: post.state,
    revision: post.revision,
    complete: progress.complete,
    currentStepId: progress.current?.id ?? null,
    steps: progress.steps.map(({ step, decisions, satisfied }) => ({
      id: step.id,
      channelId: step.channelId,
      name: step.name,
      mode: step.mode,
      approverIds: step.approverIds,
      satisfied,
      decisions: decisions.map((d) => ({ userId: d.userId, decision: d.decision, note: d.note, createdAt: d.createdAt.toISOString() })),
    })),
  };
}
