// What the RSS / Atom connector declares: one feed, read as an inbound source for curation.
import { z } from 'zod';
import type { ConnectorManifest } from '../sdk/manifest.ts';

export const configSchema = z.object({
  feedUrl: z.url({ protocol: /^https?$/ }).describe("The feed's address, e.g. https://example.com/feed.xml (sites often link it as RSS or Atom)"),
  allowHosts: z.array(z.string()).default([]).describe('Only for a feed on a private network (an intranet blog): its host or host:port'),
});

export type RssConfig = z.infer<typeof configSchema>;
export type RssSettings = Record<string, never>;

export const manifest: ConnectorManifest<RssConfig, RssSettings> = {
  id: 'rss',
  displayName: 'RSS / Atom feed',
  capabilities: ['inbox'],
  auth: 'none',
  configSchema,
  postSettingsSchema: z.object({}).strict() as z.ZodType<RssSettings>,
  defaultLimits: {
    // Nothing is published to a feed; the schema wants a text limit all the same (no capability
    // reads it). 1 makes any accidental use fail loudly rather than look plausible.
    text: { maxLength: 1, countingRule: 'code-points' },
    media: null,
    dailyPublishCap: null,
    // Politeness, not a published limit: conditional requests make most polls a 304.
    rateLimits: [{ requests: 60, windowSeconds: 3600, scope: 'all' }],
  },
};
