// Every network Tandem can connect, one line each. Generic code finds a connector by the id
// stored on a channel (through core/channels/connector-registry.ts) and then asks its manifest
// what it can do.
import { blueskyConnector } from './bluesky/index.ts';
import { discordConnector } from './discord/index.ts';
import { emailConnector } from './email/index.ts';
import { mastodonConnector } from './mastodon/index.ts';
import { rssConnector } from './rss/index.ts';
import type { Connector } from './sdk/manifest.ts';
import { telegramConnector } from './telegram/index.ts';
import { webhookConnector } from './webhook/index.ts';

export const connectors: Record<string, Connector> = {
  bluesky: blueskyConnector,
  discord: discordConnector,
  email: emailConnector,
  mastodon: mastodonConnector,
  rss: rssConnector,
  telegram: telegramConnector,
  webhook: webhookConnector,
};
