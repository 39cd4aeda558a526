// Replaces a channel's credentials (after "needs reconnect", or to bring a disconnected channel
// back): the new ones must open the same account. Its posts, inbox and people stay as they were.
import { findActiveChannelByAccount, updateChannel } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../shared/errors.ts';
import { expiryOf, parseChannelConfig, sealCredentials } from './build-connector-context.ts';
import type { ChannelsCtx } from './channels-ctx.ts';
import { presentChannel, type Channel } from './channel-view.ts';
import { checkAccount, parseConnectCredentials } from './connect-channel.ts';
import { loadChannel } from './load-channel.ts';

export async function reconnectChannel(ctx: ChannelsCtx, channelId: string, input: { credentials: unknown }): Promise<Channel> {
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, ctx.workspaceId, channelId);
  const config = parseChannelConfig(connector, channel.config);
  const credentials = parseConnectCredentials(connector, input.credentials);
  const { identity, limits, credentials: checked } = await checkAccount(ctx, connector, channelId, config, credentials);
  if (identity && channel.accountId && identity.accountId !== channel.accountId) {
    throw new AppError('channel_rejected', `These credentials open ${identity.handle}, not ${channel.accountHandle ?? 'this channel\u2019s account'}; connect it as a new channel instead`);
  }
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (db) => {
    if (channel.status !== 'active' && identity) {
      const twin = await findActiveChannelByAccount(db, ctx.workspaceId, channel.network, identity.accountId);
      if (twin) throw new AppError('conflict', `This account is already connected as "${twin.displayName}"`);
    }
    const row = (await updateChannel(db, ctx.workspaceId, channelId, {
      credentials: sealCredentials(ctx, checked),
      credentialsExpireAt: expiryOf(checked),
      accountId: identity?.accountId ?? channel.accountId,
      accountHandle: identity?.handle ?? channel.accountHandle,
      limits,
      status: 'active',
      disconnectedAt: null,
      health: 'ok',
      healthReason: null,
      rateLimitedUntil: null,
      lastCheckedAt: now,
    }))!;
    await recordAudit({ ...ctx, db }, {
      workspaceId: ctx.workspaceId,
      action: 'channel.reconnect',
      targetType: 'channel',
      targetId: channelId,
      before: { status: channel.status, health: channel.health, healthReason: channel.healthReason },
      after: { status: row.status, health: row.health },
    });
    return presentChannel(row, now);
  });
}
