// Discord through a bot: REST API v10 over the channel's safe fetch, types from discord-api-types.
// See README.md for what it does, how to connect, and what it does not do.
import type { Connector } from '../sdk/manifest.ts';
import type { DiscordConfig, DiscordSettings } from './config.ts';
import { configSchema, postSettingsSchema } from './config.ts';
import { fetchMetrics } from './metrics.ts';
import { fetchInbox } from './inbox.ts';
import { identify } from './identify.ts';
import { defaultLimits, readLimits } from './limits.ts';
import { lookupPublished } from './lookup-published.ts';
import { discordModerationActions, moderate } from './moderate.ts';
import { publish } from './publish.ts';
import { reply } from './reply.ts';

export const discordConnector: Connector<DiscordConfig, DiscordSettings> = {
  manifest: {
    id: 'discord',
    displayName: 'Discord',
    capabilities: ['publish', 'thread', 'media', 'inbox', 'reply', 'moderate', 'metrics'],
    auth: 'bot-token',
    configSchema,
    postSettingsSchema,
    defaultLimits,
    // Discord's nonce (enforce_nonce) stops a second message only for "a few minutes" and does
    // not exist for forum posts, so a retry after an unknown outcome must read back first.
    publishIdempotency: 'read-back',
    moderationActions: discordModerationActions,
  },
  publish,
  lookupPublished,
  fetchInbox,
  reply,
  moderate,
  fetchMetrics,
  readLimits,
  identify,
};
