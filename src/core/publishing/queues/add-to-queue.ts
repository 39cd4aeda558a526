// "Add to queue": the post takes the first slot within eight weeks that is a slot of every channel
// it targets, free on each of them, and where every target passes its checks (a daily cap can
// rule out a whole day). Slots are in the workspace's time zone; the post keeps that zone.
import { findTimeZones, lockChannelsForPlanning } from '../../../db/queries/post-workflow.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { getPost } from '../posts/get-post.ts';
import { lockPost, progressOf } from '../workflow/review-post.ts';
import { checkTargetsAt } from '../workflow/schedule-checks.ts';
import { scheduleAt } from '../workflow/schedule-post.ts';
import { assertMove } from '../workflow/transitions.ts';
import type { WorkflowCtx } from '../workflow/workflow-ctx.ts';
import { freeSlotsByChannel } from './free-slots.ts';

export const queueHorizonWeeks = 8;

export async function addToQueue(ctx: WorkflowCtx, postId: string) {
  const queued = await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const post = await lockPost(db, ctx.workspaceId, postId);
    assertMove('schedule', post.state);
    // Refused for what it is before looking for a slot.
    if (!(await progressOf(db, ctx.workspaceId, post)).complete) throw new AppError('approval_required', 'This post needs approval before it can be queued');
    const channelIds = [...new Set(post.targets.filter((t) => ['pending', 'scheduled', 'cancelled'].includes(t.state)).map((t) => t.channelId))];
    await lockChannelsForPlanning(db, channelIds);
    const { workspace: timeZone } = await findTimeZones(db, ctx.workspaceId, null);
    const now = ctx.clock.now();
    const horizon = new Date(now.getTime() + queueHorizonWeeks * 7 * 24 * 3600_000);
    // A post already in the queue may move to a later slot: its own targets do not block it.
    const free = await freeSlotsByChannel(db, ctx.workspaceId, channelIds, new Date(now.getTime() + 60_000), horizon, postId);
    const [first, ...others] = channelIds.map((id) => new Set(free.get(id)!.map((d) => d.getTime())));
    const common = first ? [...first].filter((ms) => others.every((s) => s.has(ms))).sort((a, b) => a - b) : [];
    for (const ms of common) {
      const at = new Date(ms);
      if ((await checkTargetsAt(tx, post, at)).length > 0) continue;
      return scheduleAt(tx, postId, at, timeZone);
    }
    throw new AppError('queue_full', `No queue slot is free on every channel of this post in the next ${queueHorizonWeeks} weeks: add slots or pick a time`, { channelIds });
  });
  await ctx.queuePublish?.(queued);
  return getPost(ctx, postId);
}
