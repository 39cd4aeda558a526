// Renews credentials before they expire (the refresh job calls this). A refresh the network
// refuses marks the channel needs_reconnect and keeps everything: the credentials row is not
// deleted, nor anything the channel brought in. Temporary failures are left for the next run.
import { listChannelsExpiringBefore, updateChannel } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { authExpired } from '../../connectors/sdk/result.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buildConnectorContext, expiryOf, sealCredentials } from './build-connector-context.ts';
import type { SystemChannelsCtx } from './channels-ctx.ts';
import { loadChannel } from './load-channel.ts';
import { recordChannelOutcome } from './record-channel-outcome.ts';

export type RefreshOutcome = 'refreshed' | 'needs_reconnect' | 'deferred' | 'skipped';

export async function refreshChannelCredentials(ctx: SystemChannelsCtx, target: { workspaceId: string; channelId: string }): Promise<RefreshOutcome> {
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, target.workspaceId, target.channelId);
  if (channel.status !== 'active' || channel.credentials === null) return 'skipped';
  const now = ctx.clock.now();
  const result = connector.refreshCredentials
    ? await connector.refreshCredentials(buildConnectorContext(ctx, connector, channel))
    : channel.credentialsExpireAt && channel.credentialsExpireAt <= now
      ? authExpired('The credentials expired and this network cannot renew them')
      : undefined;
  if (!result) return 'skipped';
  if (!result.ok) {
    const permanent = result.error.kind === 'auth_expired' || result.error.kind === 'rejected';
    const outcome = permanent ? authExpired(result.error.reason) : result;
    await recordChannelOutcome(ctx, target, outcome, { accountCheck: false });
    return permanent ? 'needs_reconnect' : 'deferred';
  }
  const { credentials, expiresAt } = result.value;
  await inTransaction(ctx.db, async (db) => {
    await updateChannel(db, target.workspaceId, target.channelId, {
      credentials: sealCredentials(ctx, credentials),
      credentialsExpireAt: expiresAt ?? expiryOf(credentials),
      health: 'ok',
      healthReason: null,
      rateLimitedUntil: null,
      lastCheckedAt: now,
    });
    await recordAudit({ ...ctx, db }, { workspaceId: target.workspaceId, action: 'channel.credentials_refresh', targetType: 'channel', targetId: target.channelId, before: { expiresAt: channel.credentialsExpireAt }, after: { expiresAt } });
  });
  return 'refreshed';
}

/** Refreshes every active channel whose credentials expire within `withinMinutes`; one failure never stops the others. */
export async function refreshExpiringChannels(ctx: SystemChannelsCtx, opts: { withinMinutes: number; limit?: number }): Promise<Record<RefreshOutcome | 'error', number>> {
  const before = new Date(ctx.clock.now().getTime() + opts.withinMinutes * 60_000);
  const counts = { refreshed: 0, needs_reconnect: 0, deferred: 0, skipped: 0, error: 0 };
  for (const target of await listChannelsExpiringBefore(ctx.db, before, opts.limit ?? 500)) {
    try {
      counts[await refreshChannelCredentials(ctx, { workspaceId: target.workspaceId, channelId: target.id })]++;
    } catch {
      // A channel that cannot even be read (an unknown connector, a key no longer in the keyring)
      // is counted and left for a person; the job goes on with the others.
      counts.error++;
    }
  }
  return counts;
}
