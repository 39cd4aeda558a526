// What a connector receives on every call: its channel's parsed configuration, decrypted
// credentials, and the safe fetch bound to that channel's allowlist. Connectors make no
// network call except through `ctx.fetch`.
import type { Credentials } from './credentials.ts';
import type { RateLimitRule } from './limits.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { rateLimited } from './result.ts';
import type { SafeFetch, SafeFetchPolicy } from './safe-fetch.ts';
import { createSafeFetch } from './safe-fetch.ts';
import { createSafeStream, type SafeStream } from './safe-stream.ts';

/** Events pushed to Tandem for this channel (inbound webhooks), stored once each, oldest first. */
export type InboundEventReader = {
  read(input: { cursor: string | null; limit: number }): Promise<{
    events: Array<{ externalId: string; kind: string; payload: Record<string, unknown>; receivedAt: Date }>;
    nextCursor: string | null;
  }>;
};

export type ConnectorContext<Config = unknown> = {
  channelId: string;
  config: Config;
  credentials: Credentials;
  fetch: SafeFetch;
  /** For push streams (watchInbox): a long-lived GET under the same address rules as `fetch`. */
  stream: SafeStream;
  now(): Date;
  /** Stores credentials the network renewed during a call (a refreshed session), sealed. */
  saveCredentials(credentials: Credentials): Promise<void>;
  /** For push-based connectors: what was received for this channel; empty elsewhere. */
  inbound: InboundEventReader;
};

export type ContextInput<Config> = {
  channelId: string;
  config: Config;
  credentials: Credentials;
  /** From the channel's configuration: self-hosted hosts allowed to be private or loopback. */
  allowHosts?: readonly string[];
  fetchPolicy?: Partial<Omit<SafeFetchPolicy, 'allowHosts'>>;
  now?: () => Date;
  saveCredentials?: (credentials: Credentials) => Promise<void>;
  inbound?: InboundEventReader;
  /** The account's request limits (scope 'all'), enforced before each request leaves. */
  rateLimit?: { limiter: RateLimiter; rules: readonly RateLimitRule[] };
};

/** Holds a request back, as the network would refuse it, once the account's window is full. */
function limitedFetch(fetch: SafeFetch, channelId: string, rateLimit: ContextInput<unknown>['rateLimit']): SafeFetch {
  const rules = rateLimit?.rules.filter((r) => r.scope === 'all') ?? [];
  if (!rateLimit || rules.length === 0) return fetch;
  return async (url, request) => {
    const decision = rateLimit.limiter.take(channelId, rules);
    if (!decision.go) return rateLimited(Math.ceil(decision.waitMs / 1000), "held back by Tandem to stay within the account's request limit");
    return fetch(url, request);
  };
}

export function createConnectorContext<Config>(input: ContextInput<Config>): ConnectorContext<Config> {
  return {
    channelId: input.channelId,
    config: input.config,
    credentials: input.credentials,
    fetch: limitedFetch(createSafeFetch({ ...input.fetchPolicy, allowHosts: input.allowHosts ?? [] }), input.channelId, input.rateLimit),
    stream: createSafeStream({ allowHosts: input.allowHosts ?? [], ...(input.fetchPolicy?.resolver && { resolver: input.fetchPolicy.resolver }), ...(input.fetchPolicy?.timeoutMs && { connectTimeoutMs: input.fetchPolicy.timeoutMs }) }),
    now: input.now ?? (() => new Date()),
    saveCredentials: input.saveCredentials ?? (async () => {}),
    inbound: input.inbound ?? { read: async () => ({ events: [], nextCursor: null }) },
  };
}
