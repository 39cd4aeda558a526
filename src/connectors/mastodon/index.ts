// Tandem's Mastodon connector: any instance that speaks the Mastodon REST API, called directly
// through the channel's safe fetch (see README.md).
import type { Connector } from '../sdk/manifest.ts';
import type { MastodonConfig, MastodonSettings } from './config.ts';
import { configSchema, postSettingsSchema } from './config.ts';
import { sendDirectMessage } from './direct-message.ts';
import { identify } from './identify.ts';
import { fetchInbox } from './inbox.ts';
import { defaultLimits, readLimits } from './limits.ts';
import { lookupPublished } from './lookup-published.ts';
import { fetchAccountMetrics } from './account-metrics.ts';
import { fetchMetrics } from './metrics.ts';
import { moderate, moderationActions } from './moderate.ts';
import { oauthClient } from './oauth-client.ts';
import { publish } from './publish.ts';
import { reply } from './reply.ts';
import { watchInbox } from './stream.ts';

export const mastodonConnector: Connector<MastodonConfig, MastodonSettings> = {
  manifest: {
    id: 'mastodon',
    displayName: 'Mastodon',
    capabilities: ['publish', 'thread', 'media', 'inbox', 'reply', 'dm', 'moderate', 'metrics'],
    auth: 'oauth2-pkce',
    configSchema,
    postSettingsSchema,
    defaultLimits,
    publishIdempotency: 'native',
    moderationActions,
  },
  publish,
  lookupPublished,
  fetchInbox,
  watchInbox,
  reply,
  sendDirectMessage,
  moderate,
  fetchMetrics,
  fetchAccountMetrics,
  readLimits,
  identify,
  oauthClient,
};
