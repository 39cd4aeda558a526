// Disconnects a channel: its credentials are wiped, never kept "just in case"; everything it
// brought in (activities, people, cursors, inbound events) stays, and reconnecting resumes it.
import { findChannel, updateChannel } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';

export async function disconnectChannel(ctx: WorkspaceCtx, channelId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const before = await findChannel(db, ctx.workspaceId, channelId);
    if (!before) throw notFound('Channel');
    if (before.status === 'disconnected') return;
    const after = await updateChannel(db, ctx.workspaceId, channelId, { status: 'disconnected', credentials: null, credentialsExpireAt: null, disconnectedAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'channel.disconnect', targetType: 'channel', targetId: channelId, before: { status: before.status }, after: { status: after!.status } });
  });
}
