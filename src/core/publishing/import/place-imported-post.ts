// Schedules an imported post at its row's time, through the workflow's own scheduling (the same
// checks as the composer: approval, limits, caps). Where the workspace needs approval first, the
// post stays a draft and the row says so: an import cannot skip review.
import { AppError } from '../../shared/errors.ts';
import type { ScheduledTarget } from '../workflow/workflow-ctx.ts';
import { schedulePost } from '../workflow/schedule-post.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';

export type PlacementCtx = PostsCtx & {
  /** Scheduled targets to hand to the engine once the row's transaction has committed. */
  scheduled: ScheduledTarget[];
};

export type PlacementNote = { field: string; code: string; message: string };

export async function placeImportedPost(ctx: PlacementCtx, postId: string, at: Date, timeZone: string): Promise<PlacementNote[]> {
  try {
    // Collected, not sent: the jobs must not exist before the targets they name are committed.
    await schedulePost({ ...ctx, queuePublish: async (targets) => void ctx.scheduled.push(...targets) }, postId, { at, timeZone });
    return [];
  } catch (err) {
    if (err instanceof AppError && err.code === 'approval_required') {
      return [{ field: 'time', code: 'approval_required', message: 'Created as a draft: posts here need approval before they are scheduled; submit it for review' }];
    }
    throw err;
  }
}
