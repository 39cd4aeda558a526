// The workspace's saved replies for the reply box's "/" picker (inbox.reply), by shortcut.
import { listSavedReplies as listRows, type SavedReply } from '../../../db/queries/saved-replies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';

// A team's whole library fits: the picker filters as the teammate types.
const MAX_SAVED_REPLIES = 1_000;

export async function listSavedReplies(ctx: WorkspaceCtx, f: { q?: string } = {}): Promise<{ items: SavedReply[] }> {
  return { items: await listRows(ctx.db, ctx.workspaceId, { ...(f.q ? { q: f.q } : {}), limit: MAX_SAVED_REPLIES }) };
}
