// The connector contract (DESIGN.md §5, ADR 0009). A connector is a manifest plus the operations
// of the capabilities it declares, and nothing else. Generic code never asks which network a
// connector is: it asks `hasCapability(connector, 'publish')`.
import type { z } from 'zod';
import type { OAuthClient } from './auth/oauth2.ts';
import type { ConnectorContext } from './context.ts';
import type { AuthKind, Credentials } from './credentials.ts';
import type { AccountLimits } from './limits.ts';
import type {
  AccountMetrics,
  DirectMessageInput,
  InboxPage,
  InboxPageInput,
  LookupInput,
  MembersPage,
  ModerationAction,
  ModerationInput,
  PostMetrics,
  Published,
  PublishInput,
  ReplyInput,
  SearchInput,
  SearchPage,
  WatchInboxInput,
} from './operations.ts';
import type { Result } from './result.ts';
import type { SafeFetch } from './safe-fetch.ts';

/** Who a channel's credentials belong to, as the network says; read on connect and on "test". */
export type AccountIdentity = { accountId: string; handle: string; displayName?: string; profileUrl?: string };

export const capabilities = ['publish', 'thread', 'media', 'inbox', 'reply', 'dm', 'moderate', 'metrics', 'search', 'members'] as const;
export type Capability = (typeof capabilities)[number];

export type ConnectorManifest<Config = unknown, Settings = unknown> = {
  /** Lower-case, stable: stored on every channel. */
  id: string;
  displayName: string;
  capabilities: readonly Capability[];
  auth: AuthKind;
  /** The channel's configuration (instance URL, allowlisted hosts ...), validated on connect. */
  configSchema: z.ZodType<Config>;
  /** Per-post options shown in the composer (visibility, content warning ...). */
  postSettingsSchema: z.ZodType<Settings>;
  /** Limits before `readLimits` has run, or for every account when the network has one set. */
  defaultLimits: AccountLimits;
  /**
   * How a retry avoids a second post: `native` when the network deduplicates on a key we send,
   * `read-back` when `lookupPublished` finds the earlier post before anyone retries, and
   * `unverifiable` when the network offers neither (a Telegram bot cannot read its chats): an
   * unknown outcome is then never retried by itself but shown to a person as "needs check".
   */
  publishIdempotency?: 'native' | 'read-back' | 'unverifiable';
  /** The actions `moderate` accepts, when the connector declares `moderate`. */
  moderationActions?: readonly ModerationAction[];
};

// Method syntax on purpose: a Connector<MyConfig, MySettings> stays assignable to Connector.
export interface Connector<Config = unknown, Settings = unknown> {
  manifest: ConnectorManifest<Config, Settings>;
  /** publish (and thread when replyTo is set, media when media is not empty). */
  publish?(ctx: ConnectorContext<Config>, input: PublishInput<Settings>): Promise<Result<Published>>;
  /** Finds a post whose publishing outcome is unknown; ok(null) when it is not there. */
  lookupPublished?(ctx: ConnectorContext<Config>, input: LookupInput): Promise<Result<Published | null>>;
  fetchInbox?(ctx: ConnectorContext<Config>, input: InboxPageInput): Promise<Result<InboxPage>>;
  /**
   * Where the network pushes (a streaming API): holds the stream open, calling `onActivity` when
   * the inbox may have new items, until it ends; resolves ok once aborted, or with the error that
   * ended it (auth_expired: do not reconnect). Optional beside fetchInbox, which does the reading.
   */
  watchInbox?(ctx: ConnectorContext<Config>, input: WatchInboxInput): Promise<Result<void>>;
  reply?(ctx: ConnectorContext<Config>, input: ReplyInput): Promise<Result<Published>>;
  sendDirectMessage?(ctx: ConnectorContext<Config>, input: DirectMessageInput): Promise<Result<Published>>;
  moderate?(ctx: ConnectorContext<Config>, input: ModerationInput): Promise<Result<void>>;
  fetchMetrics?(ctx: ConnectorContext<Config>, input: { externalIds: readonly string[] }): Promise<Result<PostMetrics[]>>;
  /** Follower, member or post counts of the account (metrics capability). */
  fetchAccountMetrics?(ctx: ConnectorContext<Config>): Promise<Result<AccountMetrics>>;
  search?(ctx: ConnectorContext<Config>, input: SearchInput): Promise<Result<SearchPage>>;
  listMembers?(ctx: ConnectorContext<Config>, input: { cursor: string | null; limit: number }): Promise<Result<MembersPage>>;
  /** Reads this account's limits from the network (Mastodon instance, X Premium ...). */
  readLimits?(ctx: ConnectorContext<Config>): Promise<Result<AccountLimits>>;
  /** Checks the credentials with the network and says whose account they open. */
  identify?(ctx: ConnectorContext<Config>): Promise<Result<AccountIdentity>>;
  /** Exchanges a refresh token (or re-creates a session) before the credentials expire. */
  refreshCredentials?(ctx: ConnectorContext<Config>): Promise<Result<{ credentials: Credentials; expiresAt: Date | null }>>;
  /** For `oauth2-pkce` connectors: the endpoints and client for this channel's config (registering the app when the network needs it). */
  oauthClient?(input: { config: Config; fetch: SafeFetch; redirectUri: string }): Promise<Result<OAuthClient>>;
}

export const hasCapability = (connector: Connector, capability: Capability): boolean =>
  connector.manifest.capabilities.includes(capability);
