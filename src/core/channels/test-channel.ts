// "Test" on a channel: asks the network again whose account the credentials open and what its
// limits are, and records the answer as the channel's health, limits and last check. A failure
// is an answer too: the channel comes back with its health saying what went wrong.
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import { accountLimitsSchema } from '../../connectors/sdk/limits.ts';
import { rejected } from '../../connectors/sdk/result.ts';
import type { ChannelChanges } from '../../db/queries/channels.ts';
import { buildConnectorContext } from './build-connector-context.ts';
import type { ChannelsCtx } from './channels-ctx.ts';
import { presentChannel, type Channel } from './channel-view.ts';
import { loadChannel } from './load-channel.ts';
import { recordChannelOutcome, type ChannelOutcome } from './record-channel-outcome.ts';

export async function testChannel(ctx: ChannelsCtx, channelId: string): Promise<Channel> {
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, ctx.workspaceId, channelId, { active: true });
  const cctx = buildConnectorContext(ctx, connector, channel);
  let outcome: ChannelOutcome = { ok: true };
  const extra: ChannelChanges = {};
  if (connector.identify) {
    const identity = await connector.identify(cctx);
    if (!identity.ok) outcome = identity;
    else if (channel.accountId && identity.value.accountId !== channel.accountId) outcome = rejected(`The credentials now open another account (${identity.value.handle})`, 'account_changed');
    else extra.accountHandle = identity.value.handle;
  }
  if (outcome.ok && connector.readLimits) {
    const limits = await connector.readLimits(cctx);
    if (!limits.ok) outcome = limits;
    else if (accountLimitsSchema.safeParse(limits.value).success) extra.limits = limits.value satisfies AccountLimits;
  }
  const row = await recordChannelOutcome(ctx, { workspaceId: ctx.workspaceId, channelId }, outcome, { accountCheck: true, extra: outcome.ok ? extra : {}, audit: 'channel.test' });
  return presentChannel(row!, ctx.clock.now());
}
