// A stored channel → the context its connector is called with: credentials opened with the
// keyring, config parsed by the connector's manifest, the hosts the config allowlists for safe
// fetch, renewed credentials sealed back, and the events pushed to the channel readable by cursor.
import { createConnectorContext, type ConnectorContext, type InboundEventReader } from '../../connectors/sdk/context.ts';
import { accountLimitsSchema } from '../../connectors/sdk/limits.ts';
import { processRateLimiter } from '../../connectors/sdk/rate-limiter.ts';
import type { Credentials } from '../../connectors/sdk/credentials.ts';
import type { Connector } from '../../connectors/sdk/manifest.ts';
import { open, seal } from '../../crypto/secrets.ts';
import { updateChannel, type SealedChannel } from '../../db/queries/channels.ts';
import { readInboundEvents } from '../../db/queries/inbound-events.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import type { ChannelServices } from './channels-ctx.ts';

/** The hosts a channel's config allows to be private or loopback (a self-hosted instance, a test server). */
export const allowHostsOf = (config: unknown): string[] => {
  const hosts = (config as { allowHosts?: unknown } | null)?.allowHosts;
  return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
};

export function parseChannelConfig(connector: Connector, config: unknown): unknown {
  const parsed = connector.manifest.configSchema.safeParse(config ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation_failed', `config.${issue.path.join('.') || '(root)'}: ${issue.message}`, { errors: parsed.error.issues.map((i) => ({ path: ['config', ...i.path].join('.'), message: i.message })) });
  }
  return parsed.data;
}

/** When credentials stop working on their own (OAuth access tokens). */
export const expiryOf = (credentials: Credentials): Date | null =>
  credentials.kind === 'oauth2-pkce' && credentials.expiresAt ? new Date(credentials.expiresAt) : null;

export const sealCredentials = (services: ChannelServices, credentials: Credentials): string => seal(services.keyring, JSON.stringify(credentials));

function openCredentials(services: ChannelServices, channel: SealedChannel): Credentials {
  if (channel.credentials === null) return { kind: 'none' };
  return JSON.parse(open(services.keyring, channel.credentials)) as Credentials;
}

/** The stored limits' request rules; limits from before a connector declared any have none. */
const rateLimitsOf = (limits: unknown) => accountLimitsSchema.safeParse(limits).data?.rateLimits ?? [];

// Cursor: "<received at ISO>_<id>" of the last event read.
function inboundReader(ctx: Ctx, channelId: string): InboundEventReader {
  return {
    async read({ cursor, limit }) {
      const [at, id] = cursor ? cursor.split('_') : [];
      const after = at && id ? { at: new Date(at), id } : undefined;
      const rows = await readInboundEvents(ctx.db, channelId, after, limit);
      const last = rows.at(-1);
      return {
        events: rows.map(({ externalId, kind, payload, receivedAt }) => ({ externalId, kind, payload, receivedAt })),
        nextCursor: last ? `${last.receivedAt.toISOString()}_${last.id}` : cursor,
      };
    },
  };
}

export function buildConnectorContext(ctx: Ctx & ChannelServices, connector: Connector, channel: SealedChannel): ConnectorContext<unknown> {
  const config = parseChannelConfig(connector, channel.config);
  return createConnectorContext({
    channelId: channel.id,
    config,
    credentials: openCredentials(ctx, channel),
    allowHosts: allowHostsOf(config),
    now: () => ctx.clock.now(),
    inbound: inboundReader(ctx, channel.id),
    rateLimit: { limiter: ctx.rateLimiter ?? processRateLimiter(), rules: rateLimitsOf(channel.limits) },
    // A connector that renewed its session mid-call (an app-password login) keeps it sealed.
    async saveCredentials(credentials) {
      await updateChannel(ctx.db, channel.workspaceId, channel.id, { credentials: sealCredentials(ctx, credentials), credentialsExpireAt: expiryOf(credentials) });
      await recordAudit(ctx, { workspaceId: channel.workspaceId, action: 'channel.credentials_renew', targetType: 'channel', targetId: channel.id, after: { expiresAt: expiryOf(credentials) } });
    },
  });
}
