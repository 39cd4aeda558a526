// Deletes a post and its targets. A post that is publishing is refused (a worker may be talking
// to the network right now); scheduled targets simply disappear, and their jobs find nothing.
// A published post can be deleted from Tandem: it stays on the network.
import { deletePostRow } from '../../../db/queries/posts.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requirePost } from './get-post.ts';
import { toPostView } from './post-view.ts';

export async function deletePost(ctx: WorkspaceCtx, postId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requirePost(tx, postId, { forUpdate: true });
    if (before.state === 'publishing' || before.targets.some((t) => t.state === 'publishing')) {
      throw new AppError('invalid_transition', 'This post is being published right now: wait until it is done');
    }
    await deletePostRow(db, ctx.workspaceId, postId);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'post.delete', targetType: 'post', targetId: postId, before: toPostView(before) });
  });
}
