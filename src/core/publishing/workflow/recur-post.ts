// The next occurrence of a recurring post: a copy (recurrence_of, source 'recurrence') at the same
// wall-clock time one interval later in the post's zone. It carries the approvals of the content it
// copies, so it is scheduled at once when its targets pass the checks at that time; otherwise it
// waits as approved at that time for someone to fix and schedule it. Only one occurrence ahead
// exists: the one after it is created once its own time has come (continue-recurrences.ts).
import { insertPostWithTargets, updatePostRow, type PostWithTargets } from '../../../db/queries/posts.ts';
import { findNextOccurrence, insertApproval, listApprovalsOf, scheduleTargetsOfPost } from '../../../db/queries/post-workflow.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { newId } from '../../shared/ids.ts';
import { newIdempotencyKey } from '../posts/create-post.ts';
import { nextOccurrence } from './recurrence.ts';
import { checkTargetsAt } from './schedule-checks.ts';
import type { ScheduledTarget, WorkflowCtx } from './workflow-ctx.ts';

/** Creates the occurrence after `post` if the series goes on and it does not exist yet; returns the targets it scheduled. */
export async function createNextOccurrence(ctx: WorkflowCtx, post: PostWithTargets): Promise<ScheduledTarget[]> {
  if (!post.recurrence || !post.scheduledAt || !post.timeZone) return [];
  if (await findNextOccurrence(ctx.db, ctx.workspaceId, post.id)) return [];
  const now = ctx.clock.now();
  // Occurrences whose time went by while nothing ran are skipped, not published late.
  let next = nextOccurrence(post.scheduledAt, post.timeZone, post.recurrence);
  while (next && next.at.getTime() <= now.getTime()) next = nextOccurrence(next.at, post.timeZone, next.recurrence);
  if (!next) return [];
  const at = next.at;
  const id = newId();
  const copy = await insertPostWithTargets(
    ctx.db,
    {
      id, workspaceId: ctx.workspaceId, authorId: post.authorId, campaignId: post.campaignId, state: 'approved', text: post.text, media: post.media, thread: post.thread,
      firstComment: post.firstComment, labels: post.labels, scheduledAt: next.at, timeZone: post.timeZone, recurrence: next.recurrence, recurrenceOf: post.id,
      source: 'recurrence', revision: 1, createdAt: now, updatedAt: now,
    },
    post.targets.map((t) => ({ id: newId(), workspaceId: ctx.workspaceId, postId: id, channelId: t.channelId, text: t.text, media: t.media, settings: t.settings, idempotencyKey: newIdempotencyKey(), state: 'pending' as const, createdAt: now, updatedAt: now })),
  );
  for (const a of await listApprovalsOf(ctx.db, ctx.workspaceId, post.id, post.revision)) {
    await insertApproval(ctx.db, { id: newId(), workspaceId: ctx.workspaceId, postId: id, stepId: a.stepId, revision: 1, userId: a.userId, decision: a.decision, note: a.note, createdAt: a.createdAt });
  }
  const problems = await checkTargetsAt(ctx, copy, next.at);
  let scheduled: ScheduledTarget[] = [];
  if (problems.length === 0) {
    scheduled = (await scheduleTargetsOfPost(ctx.db, ctx.workspaceId, id, at, now)).map((targetId) => ({ id: targetId, scheduledAt: at }));
    await updatePostRow(ctx.db, ctx.workspaceId, id, { state: 'scheduled' });
  }
  await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'post.recur', targetType: 'post', targetId: id, after: { recurrenceOf: post.id, scheduledAt: next.at, timeZone: post.timeZone, state: scheduled.length > 0 ? 'scheduled' : 'approved', problems } });
  return scheduled;
}
