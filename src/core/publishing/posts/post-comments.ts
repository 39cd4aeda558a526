// Internal notes on a post: the team and the approver discuss it here; nothing is published.
import { insertPostComment, listPostComments, type PostCommentView } from '../../../db/queries/post-comments.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { findPostWithTargets } from '../../../db/queries/posts.ts';

async function requirePostExists(ctx: WorkspaceCtx, postId: string) {
  if (!(await findPostWithTargets(ctx.db, ctx.workspaceId, postId))) throw notFound('Post');
}

export async function listComments(ctx: WorkspaceCtx, postId: string): Promise<PostCommentView[]> {
  await requirePostExists(ctx, postId);
  return listPostComments(ctx.db, ctx.workspaceId, postId);
}

export async function addComment(ctx: WorkspaceCtx, postId: string, input: { body: string }): Promise<PostCommentView> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    await requirePostExists(tx, postId);
    const id = newId();
    const row = { id, workspaceId: ctx.workspaceId, postId, authorId: ctx.actor.type === 'user' ? ctx.actor.id : null, body: input.body, createdAt: ctx.clock.now() };
    await insertPostComment(db, row);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'post.comment', targetType: 'post', targetId: postId, after: { commentId: id, body: input.body } });
    return (await listPostComments(db, ctx.workspaceId, postId)).find((c) => c.id === id)!;
  });
}
