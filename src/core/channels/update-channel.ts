// Renames a channel or changes its (non-secret) configuration, validated by its connector.
import { findChannel, updateChannel as writeChannel, type ChannelChanges } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../shared/errors.ts';
import { parseChannelConfig } from './build-connector-context.ts';
import type { ChannelsCtx } from './channels-ctx.ts';
import { presentChannel, type Channel } from './channel-view.ts';
import { requireConnector } from './connector-registry.ts';

export type ChannelUpdate = { displayName?: string | undefined; config?: unknown };

export async function updateChannel(ctx: ChannelsCtx, channelId: string, input: ChannelUpdate): Promise<Channel> {
  return inTransaction(ctx.db, async (db) => {
    const before = await findChannel(db, ctx.workspaceId, channelId);
    if (!before) throw notFound('Channel');
    const changes: ChannelChanges = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
    if (input.config !== undefined) changes.config = parseChannelConfig(requireConnector(ctx.connectors, before.network), input.config) as Record<string, unknown>;
    if (Object.keys(changes).length === 0) return presentChannel(before, ctx.clock.now());
    const after = (await writeChannel(db, ctx.workspaceId, channelId, changes))!;
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'channel.update', targetType: 'channel', targetId: channelId, before, after });
    return presentChannel(after, ctx.clock.now());
  });
}
