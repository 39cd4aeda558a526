// Channels as the core knows them so far: a network account with sealed credentials. The
// connectors issue adds connecting, testing and health checks on top of these.
import { findChannel, insertChannel, listChannelsByName } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { seal, type Keyring } from '../../crypto/secrets.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export type NewChannel = { network: string; displayName: string; credentials?: Record<string, unknown> };

export async function createChannel(ctx: WorkspaceCtx & { keyring: Keyring }, input: NewChannel) {
  return inTransaction(ctx.db, async (db) => {
    const row = await insertChannel(db, {
      id: newId(),
      workspaceId: ctx.workspaceId,
      network: input.network,
      displayName: input.displayName.trim(),
      credentials: input.credentials ? seal(ctx.keyring, JSON.stringify(input.credentials)) : null,
      createdAt: ctx.clock.now(),
    });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'channel.create', targetType: 'channel', targetId: row.id, after: row });
    return row;
  });
}

export const listChannels = (ctx: WorkspaceCtx) => listChannelsByName(ctx.db, ctx.workspaceId);

export async function getChannel(ctx: WorkspaceCtx, channelId: string) {
  const row = await findChannel(ctx.db, ctx.workspaceId, channelId);
  if (!row) throw notFound('Channel');
  return row;
}
