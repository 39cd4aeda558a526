// GET /inbox/channels and PUT /inbox/channels/{channelId}/hat: which hat's queue each channel's new
// conversations land in.
// Conversations already there keep their hat; replies to published posts follow postRepliesHat.
import { findChannelInboxHat, listChannelInboxHats, updateChannelInboxHat } from '../../../db/queries/inbox-settings.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import type { InboxHat } from '../vocabulary.ts';

export async function setChannelInboxHat(ctx: WorkspaceCtx, channelId: string, hat: InboxHat): Promise<{ channelId: string; hat: InboxHat }> {
  return inTransaction(ctx.db, async (db) => {
    const before = await findChannelInboxHat(db, ctx.workspaceId, channelId);
    if (!before) throw notFound('Channel');
    if (before.inboxHat !== hat) {
      await updateChannelInboxHat(db, ctx.workspaceId, channelId, hat);
      await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'channel.inbox_hat', targetType: 'channel', targetId: channelId, before: { inboxHat: before.inboxHat }, after: { inboxHat: hat } });
    }
    return { channelId, hat };
  });
}

export const listChannelHats = (ctx: WorkspaceCtx) => listChannelInboxHats(ctx.db, ctx.workspaceId);
