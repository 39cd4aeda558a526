// What a connector's test brings to the shared contract suite: the connector, a context pointing
// at a network it can drive (a loopback fake following the network's API reference, or a real
// implementation such as the AT Protocol dev-env), and a view of that network's state, so the
// suite checks what the network stored, not only what the connector claims.
import type { ConnectorContext } from '../context.ts';
import type { Connector } from '../manifest.ts';
import type { MediaItem, MetricName, ModerationAction } from '../operations.ts';

export type StoredPost = { text: string; replyTo?: string; mediaCount: number };

/** Answers the fake network gives to the next request instead of a normal one. */
export type Failure =
  | { kind: 'auth_expired' } // 401
  | { kind: 'rate_limited'; retryAfterSeconds: number } // 429 with Retry-After
  | { kind: 'rejected'; reason: string } // 400 with the network's message
  | { kind: 'transient' } // 503
  | { kind: 'timeout' }; // no answer at all

export interface NetworkView {
  findPost(externalId: string): Promise<StoredPost | undefined>;
  countPosts(text: string): Promise<number>;
  /** Someone else mentions or messages the account; returns ids the inbox and moderation use. */
  receive(text: string): Promise<{ externalId: string; authorExternalId: string }>;
  moderationLog(): Promise<Array<{ action: ModerationAction; targetExternalId: string }>>;
  setMetrics(externalId: string, counts: Partial<Record<MetricName, number>>): Promise<void>;
  /** Absent for real implementations that cannot be made to fail on demand. */
  failNext?(failure: Failure): void;
}

export type ContractHarness<Config = unknown, Settings = unknown> = {
  connector: Connector<Config, Settings>;
  /** Its fetch timeout should be short (≤ 1 s): the suite makes the network hang once. */
  ctx: ConnectorContext<Config>;
  network: NetworkView;
  /** Valid post settings to publish with. */
  settings: Settings;
  /** A media item the network accepts; defaults to a 1×1 PNG. */
  sampleMedia?: MediaItem;
  close(): Promise<void>;
};
