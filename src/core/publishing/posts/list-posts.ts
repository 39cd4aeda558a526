// The calendar's list: posts whose time (scheduled, or first published) falls in [from, to),
// filtered by channel, campaign, label and state, earliest first, page by page. Drafts without a
// time are listed too when asked (the calendar's "unscheduled" tray).
import { listPostsPage, listTargetsOfPosts, type PostListFilter } from '../../../db/queries/posts.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import { AppError } from '../../shared/errors.ts';
import { toPostView, type PostView } from './post-view.ts';

/** The query's filters are the list's own; the page position comes as an opaque cursor. */
export type PostListQuery = Omit<PostListFilter, 'after'> & { cursor?: string };

export async function listPosts(ctx: WorkspaceCtx, q: PostListQuery): Promise<{ items: PostView[]; nextCursor: string | null }> {
  if (q.from && q.to && q.from >= q.to) throw new AppError('validation_failed', '"from" must be before "to"');
  const rows = await listPostsPage(ctx.db, ctx.workspaceId, { ...q, after: decodeCursor(q.cursor), limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const targets = await listTargetsOfPosts(ctx.db, ctx.workspaceId, page.map((p) => p.id));
  const items = page.map((p) => toPostView({ ...p, targets: targets.filter((t) => t.postId === p.id) }));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.sortAt, last.id) : null };
}
