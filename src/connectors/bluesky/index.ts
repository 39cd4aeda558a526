// Bluesky (AT Protocol) through @atproto/api: posts, threads, images with alt text, mentions,
// replies and quotes into the inbox, replies, and counts. See README.md.
import type { Connector } from '../sdk/manifest.ts';
import { ok } from '../sdk/result.ts';
import { callBluesky } from './call.ts';
import type { BlueskyConfig, BlueskySettings } from './config.ts';
import { configSchema, postSettingsSchema } from './config.ts';
import { identify, refreshCredentials } from './identify.ts';
import { fetchInbox } from './inbox.ts';
import { defaultLimits } from './limits.ts';
import { fetchAccountMetrics, fetchMetrics } from './metrics.ts';
import { postUnderKey, publishPost, published } from './publish.ts';
import { recordKeyFor } from './record-key.ts';
import { reply } from './reply.ts';

export const blueskyConnector: Connector<BlueskyConfig, BlueskySettings> = {
  manifest: {
    id: 'bluesky',
    displayName: 'Bluesky',
    capabilities: ['publish', 'thread', 'media', 'inbox', 'reply', 'metrics'],
    auth: 'app-password',
    configSchema,
    postSettingsSchema,
    defaultLimits,
    // The record key is derived from the idempotency key: the repository itself refuses a second
    // record under it (record-key.ts, publish.ts).
    publishIdempotency: 'native',
  },

  publish(ctx, input) {
    return callBluesky(ctx, (bsky) =>
      publishPost(bsky, input.idempotencyKey, {
        text: input.text,
        media: input.media,
        ...(input.replyTo ? { replyTo: input.replyTo } : {}),
        ...(input.settings.langs ? { langs: input.settings.langs } : {}),
      }),
    );
  },

  lookupPublished(ctx, input) {
    return callBluesky(ctx, async (bsky) => {
      const found = await postUnderKey(bsky, recordKeyFor(input.idempotencyKey));
      return ok(found?.text === input.text ? published(bsky, found.uri) : null);
    });
  },

  fetchInbox,
  reply,
  fetchMetrics,
  fetchAccountMetrics,
  identify,
  refreshCredentials,
};
