// One post with its targets; not_found outside the workspace.
import { findPostWithTargets, type PostWithTargets } from '../../../db/queries/posts.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { toPostView, type PostView } from './post-view.ts';

/** The stored post (rows, for use-cases); with `forUpdate` it stays locked until the transaction ends. */
export async function requirePost(ctx: WorkspaceCtx, postId: string, opts: { forUpdate?: boolean } = {}): Promise<PostWithTargets> {
  const post = await findPostWithTargets(ctx.db, ctx.workspaceId, postId, opts);
  if (!post) throw notFound('Post');
  return post;
}

export async function getPost(ctx: WorkspaceCtx, postId: string): Promise<PostView> {
  return toPostView(await requirePost(ctx, postId));
}
