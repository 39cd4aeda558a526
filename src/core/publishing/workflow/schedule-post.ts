// Scheduling: a post is given a time only when its approval is complete (or no step applies), and
// only when every target passes its checks at that time. Its targets and the post move to
// scheduled in one transaction; the engine's jobs are queued after it commits. Scheduling a post
// that is already scheduled is a reschedule (the calendar's drag): its approval stands.
import type { Recurrence } from '../../../db/schema/index.ts';
import { unscheduleTargetsOfPost, updatePostRow } from '../../../db/queries/posts.ts';
import { lockChannelsForPlanning, scheduleTargetsOfPost } from '../../../db/queries/post-workflow.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../shared/errors.ts';
import { getPost } from '../posts/get-post.ts';
import { createNextOccurrence } from './recur-post.ts';
import { resolveScheduleTime, type ScheduleTimeInput } from './resolve-schedule-time.ts';
import { lockPost, progressOf } from './review-post.ts';
import { checkTargetsAt } from './schedule-checks.ts';
import { assertMove } from './transitions.ts';
import type { ScheduledTarget, WorkflowCtx } from './workflow-ctx.ts';

export type ScheduleInput = ScheduleTimeInput & { recurrence?: Recurrence | null };

/** Schedules at a resolved instant; the transaction-level step shared by schedule, queue and spread. */
export async function scheduleAt(ctx: WorkflowCtx, postId: string, at: Date, timeZone: string, recurrence?: Recurrence | null): Promise<ScheduledTarget[]> {
  const post = await lockPost(ctx.db, ctx.workspaceId, postId);
  assertMove('schedule', post.state);
  const progress = await progressOf(ctx.db, ctx.workspaceId, post);
  if (!progress.complete) {
    const hint = post.state === 'approved' ? ': a step was added since it was approved, submit it again' : progress.current ? ` (waiting on "${progress.current.name}")` : '';
    throw new AppError('approval_required', `This post needs approval first${hint}`, { state: post.state, stepId: progress.current?.id ?? null });
  }
  if (!post.targets.some((t) => ['pending', 'scheduled', 'cancelled'].includes(t.state))) throw new AppError('validation_failed', 'The post has no channel left to publish to');
  if (at.getTime() <= ctx.clock.now().getTime()) throw new AppError('schedule_in_past', 'That time has already passed', { at: at.toISOString() });
  await lockChannelsForPlanning(ctx.db, post.targets.map((t) => t.channelId));
  const problems = await checkTargetsAt(ctx, post, at);
  if (problems.length > 0) throw new AppError('variant_invalid', 'Some channels cannot take this post at that time', { targets: problems });

  const now = ctx.clock.now();
  const ids = await scheduleTargetsOfPost(ctx.db, ctx.workspaceId, postId, at, now);
  const series = recurrence === undefined ? post.recurrence : recurrence;
  const after = await updatePostRow(ctx.db, ctx.workspaceId, postId, { state: 'scheduled', scheduledAt: at, timeZone, recurrence: series, updatedAt: now });
  await recordAudit(ctx, {
    workspaceId: ctx.workspaceId,
    action: post.state === 'scheduled' ? 'post.reschedule' : 'post.schedule',
    targetType: 'post',
    targetId: postId,
    before: { state: post.state, scheduledAt: post.scheduledAt, timeZone: post.timeZone },
    after: { state: 'scheduled', scheduledAt: at, timeZone, recurrence: series },
  });
  const queued = ids.map((id) => ({ id, scheduledAt: at }));
  return [...queued, ...(await createNextOccurrence(ctx, { ...post, ...after! }))];
}

export async function schedulePost(ctx: WorkflowCtx, postId: string, input: ScheduleInput) {
  const queued = await inTransaction(ctx.db, async (db) => {
    const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const { at, timeZone } = await resolveScheduleTime(db, ctx.workspaceId, userId, input, ctx.clock.now());
    return scheduleAt({ ...ctx, db }, postId, at, timeZone, input.recurrence);
  });
  await ctx.queuePublish?.(queued);
  return getPost(ctx, postId);
}

/** Takes the post off the calendar: its targets wait again (their queued jobs find them not due) and it is approved. */
export async function unschedulePost(ctx: WorkflowCtx, postId: string) {
  await inTransaction(ctx.db, async (db) => {
    const post = await lockPost(db, ctx.workspaceId, postId);
    assertMove('unschedule', post.state);
    const now = ctx.clock.now();
    await unscheduleTargetsOfPost(db, ctx.workspaceId, postId, now);
    await updatePostRow(db, ctx.workspaceId, postId, { state: 'approved', scheduledAt: null, updatedAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'post.unschedule', targetType: 'post', targetId: postId, before: { state: post.state, scheduledAt: post.scheduledAt }, after: { state: 'approved' } });
  });
  return getPost(ctx, postId);
}
