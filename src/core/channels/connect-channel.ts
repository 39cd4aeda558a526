// Connects an account: validates the config with the connector's manifest, asks the network whose
// credentials these are (identify) and what this account may do (readLimits, else the manifest's
// defaults), then stores the channel with its credentials sealed. The same account connected
// again updates its channel (created: false) instead of adding a twin.
import type { Credentials } from '../../connectors/sdk/credentials.ts';
import { parseCredentials } from '../../connectors/sdk/auth/credential-forms.ts';
import { createConnectorContext } from '../../connectors/sdk/context.ts';
import { accountLimitsSchema, type AccountLimits } from '../../connectors/sdk/limits.ts';
import type { AccountIdentity, Connector } from '../../connectors/sdk/manifest.ts';
import { findActiveChannelByAccount, insertChannel, updateChannel } from '../../db/queries/channels.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { allowHostsOf, expiryOf, parseChannelConfig, sealCredentials } from './build-connector-context.ts';
import type { ChannelsCtx } from './channels-ctx.ts';
import { presentChannel, type Channel } from './channel-view.ts';
import { requireConnector } from './connector-registry.ts';
import { valueOrThrow } from './connector-errors.ts';

export type ConnectChannelInput = { network: string; displayName?: string | undefined; config?: unknown; credentials?: unknown };
export type Connected = { channel: Channel; created: boolean };

export function parseConnectCredentials(connector: Connector, input: unknown): Credentials {
  const parsed = parseCredentials(connector.manifest.auth, input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation_failed', `credentials${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  return parsed.data;
}

/** Who the credentials open and the account's limits, as the network says. */
export async function checkAccount(ctx: ChannelsCtx, connector: Connector, channelId: string, config: unknown, credentials: Credentials) {
  let current = credentials;
  const cctx = createConnectorContext({
    channelId,
    config,
    credentials,
    allowHosts: allowHostsOf(config),
    now: () => ctx.clock.now(),
    // A session the connector opened while identifying is the one to store.
    saveCredentials: async (renewed) => void (current = renewed),
  });
  const identity: AccountIdentity | null = connector.identify ? valueOrThrow(await connector.identify(cctx)) : null;
  const limits: AccountLimits = connector.readLimits ? valueOrThrow(await connector.readLimits(cctx)) : connector.manifest.defaultLimits;
  if (!accountLimitsSchema.safeParse(limits).success) throw new AppError('channel_rejected', 'The network reported limits Tandem cannot read');
  return { identity, limits, credentials: current };
}

/** Stores a checked account: the OAuth callback joins here after exchanging its code. */
export async function storeConnectedChannel(
  ctx: ChannelsCtx,
  connector: Connector,
  input: { channelId: string; displayName?: string | undefined; config: unknown; checked: Awaited<ReturnType<typeof checkAccount>> },
): Promise<Connected> {
  const { identity, limits, credentials } = input.checked;
  const now = ctx.clock.now();
  const fields = {
    accountHandle: identity?.handle ?? null,
    config: input.config as Record<string, unknown>,
    credentials: sealCredentials(ctx, credentials),
    credentialsExpireAt: expiryOf(credentials),
    limits,
    health: 'ok' as const,
    healthReason: null,
    rateLimitedUntil: null,
    lastCheckedAt: now,
  };
  return inTransaction(ctx.db, async (db) => {
    const actx = { ...ctx, db };
    const existing = identity ? await findActiveChannelByAccount(db, ctx.workspaceId, connector.manifest.id, identity.accountId) : undefined;
    if (existing) {
      const row = (await updateChannel(db, ctx.workspaceId, existing.id, { ...fields, ...(input.displayName ? { displayName: input.displayName } : {}) }))!;
      await recordAudit(actx, { workspaceId: ctx.workspaceId, action: 'channel.reconnect', targetType: 'channel', targetId: row.id, before: existing, after: row });
      return { channel: presentChannel(row, now), created: false };
    }
    const row = await insertChannel(db, {
      id: input.channelId,
      workspaceId: ctx.workspaceId,
      network: connector.manifest.id,
      displayName: input.displayName ?? identity?.displayName ?? identity?.handle ?? connector.manifest.displayName,
      accountId: identity?.accountId ?? null,
      ...fields,
      createdAt: now,
    });
    await recordAudit(actx, { workspaceId: ctx.workspaceId, action: 'channel.connect', targetType: 'channel', targetId: row.id, after: row });
    return { channel: presentChannel(row, now), created: true };
  });
}

export async function connectChannel(ctx: ChannelsCtx, input: ConnectChannelInput): Promise<Connected> {
  const connector = requireConnector(ctx.connectors, input.network);
  const config = parseChannelConfig(connector, input.config);
  const credentials = parseConnectCredentials(connector, input.credentials);
  const channelId = newId();
  const checked = await checkAccount(ctx, connector, channelId, config, credentials);
  return storeConnectedChannel(ctx, connector, { channelId, displayName: input.displayName?.trim() || undefined, config, checked });
}
