// What a connector receives on every call: its channel's parsed configuration, decrypted
// credentials, and the safe fetch bound to that channel's allowlist. Connectors make no
// network call except through `ctx.fetch`.
import type { Credentials } from './credentials.ts';
import type { SafeFetch, SafeFetchPolicy } from './safe-fetch.ts';
import { createSafeFetch } from './safe-fetch.ts';

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
};

export function createConnectorContext<Config>(input: ContextInput<Config>): ConnectorContext<Config> {
  return {
    channelId: input.channelId,
    config: input.config,
    credentials: input.credentials,
    fetch: createSafeFetch({ ...input.fetchPolicy, allowHosts: input.allowHosts ?? [] }),
    now: input.now ?? (() => new Date()),
    saveCredentials: input.saveCredentials ?? (async () => {}),
    inbound: input.inbound ?? { read: async () => ({ events: [], nextCursor: null }) },
  };
}
