// A person's way out of `failed` and `needs_check` for one target of a post (the engine never
// leaves those states on its own, docs/adr/0012-publishing-exactly-once.md):
// - mark published: they looked at the network and found the post; we keep the URL they give.
// - retry: the post is not on the network (or it failed for a reason since fixed); the target is
//   due again now and goes to the engine like a freshly scheduled one.
// The post row is locked first, so this serialises with the engine settling a sibling target.
import { refreshPostStateIn, type PostTarget } from '../../../db/queries/post-targets.ts';
import { updatePostRow, type PostWithTargets } from '../../../db/queries/posts.ts';
import { markTargetPublishedByPerson, rescheduleTargetNow, resolvableStates } from '../../../db/queries/target-resolution.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { Tx } from '../../../db/client.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { getPost } from '../posts/get-post.ts';
import { lockPost, progressOf } from './review-post.ts';
import type { WorkflowCtx } from './workflow-ctx.ts';

type TargetRef = { postId: string; targetId: string };

async function lockResolvable(db: Tx, workspaceId: string, ref: TargetRef, doing: string) {
  const post = await lockPost(db, workspaceId, ref.postId);
  const target = post.targets.find((t) => t.id === ref.targetId);
  if (!target) throw notFound('Post target');
  if (!(resolvableStates as readonly string[]).includes(target.state)) {
    throw new AppError('invalid_transition', `Only a failed target or one that needs a check can be ${doing}; this one is ${target.state.replace('_', ' ')}`, { state: target.state });
  }
  return { post, target };
}

function audit(ctx: WorkflowCtx, db: Tx, action: string, before: PostTarget, after: PostTarget) {
  return recordAudit({ ...ctx, db }, {
    workspaceId: ctx.workspaceId,
    action,
    targetType: 'post_target',
    targetId: after.id,
    before: { postId: before.postId, state: before.state, attempts: before.attempts, errorKind: before.errorKind, errorReason: before.errorReason },
    after: { postId: after.postId, state: after.state, url: after.url, scheduledAt: after.scheduledAt },
  });
}

export async function markTargetPublished(ctx: WorkflowCtx, ref: TargetRef, input: { url: string }) {
  await inTransaction(ctx.db, async (db) => {
    const { target } = await lockResolvable(db, ctx.workspaceId, ref, 'marked as published');
    const row = await markTargetPublishedByPerson(db, { workspaceId: ctx.workspaceId, ...ref }, { url: input.url, now: ctx.clock.now() });
    if (!row) throw new AppError('invalid_transition', 'The target changed meanwhile; reload and try again');
    await refreshPostStateIn(db, ref.postId);
    await audit(ctx, db, 'post.target_mark_published', target, row);
  });
  return getPost(ctx, ref.postId);
}

/** The same refusal as scheduling: a post whose approval is no longer complete is not published. */
async function assertApproved(db: Tx, workspaceId: string, post: PostWithTargets) {
  const progress = await progressOf(db, workspaceId, post);
  if (!progress.complete) {
    const hint = progress.current ? ` (waiting on "${progress.current.name}")` : '';
    throw new AppError('approval_required', `This post needs approval before it is published again${hint}`, { state: post.state, stepId: progress.current?.id ?? null });
  }
}

export async function retryTarget(ctx: WorkflowCtx, ref: TargetRef) {
  const now = ctx.clock.now();
  const queued = await inTransaction(ctx.db, async (db) => {
    const { post, target } = await lockResolvable(db, ctx.workspaceId, ref, 'published again');
    await assertApproved(db, ctx.workspaceId, post);
    const row = await rescheduleTargetNow(db, { workspaceId: ctx.workspaceId, ...ref }, now);
    if (!row) throw new AppError('invalid_transition', 'The target changed meanwhile; reload and try again');
    // With no failed sibling left the post is scheduled again, so the engine's first claim moves
    // it to publishing and its settling to published, as for a post scheduled the usual way.
    const state = await refreshPostStateIn(db, ref.postId);
    if (state === 'failed' || state === 'needs_check') {
      const others = post.targets.filter((t) => t.id !== ref.targetId && t.state !== 'cancelled');
      if (!others.some((t) => ['failed', 'needs_check', 'publishing'].includes(t.state))) await updatePostRow(db, ctx.workspaceId, ref.postId, { state: 'scheduled', updatedAt: now });
    }
    await audit(ctx, db, 'post.target_retry', target, row);
    return [{ id: row.id, scheduledAt: now }];
  });
  await ctx.queuePublish?.(queued);
  return getPost(ctx, ref.postId);
}
