// The channel's configuration and the composer's per-post settings for Mastodon.
import { z } from 'zod';
import { isHostAllowed } from '../sdk/safe-fetch/host-allowlist.ts';

export const configSchema = z
  .object({
    /** Any server speaking the Mastodon API. */
    instanceUrl: z.url().describe("Your instance's address, e.g. https://mastodon.social"),
    /** Safe fetch refuses private addresses otherwise. */
    allowHosts: z.array(z.string().min(1)).default([]).describe('Only for a self-hosted server on a private network: its host or host:port'),
  })
  .refine(
    // The access token travels on every call: plain http only for an instance the operator allowlisted
    // as private (a LAN or loopback server), never on the public internet.
    (c) => {
      const url = new URL(c.instanceUrl);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isHostAllowed(url, c.allowHosts));
    },
    { message: 'instanceUrl must be https:// (plain http only for a host listed in allowHosts)', path: ['instanceUrl'] },
  );

export const visibilities = ['public', 'unlisted', 'private', 'direct'] as const;

export const postSettingsSchema = z.object({
  visibility: z.enum(visibilities).default('public'),
  /** The content warning, shown before the text, which stays collapsed behind it. */
  spoilerText: z.string().max(500).optional(),
  /** Hides media behind a click; Mastodon also sets it when a content warning is given. */
  sensitive: z.boolean().default(false),
  /** ISO 639-1 code; the instance guesses when absent. */
  language: z.string().regex(/^[a-z]{2}$/).optional(),
});

export type MastodonConfig = z.infer<typeof configSchema>;
export type MastodonSettings = z.infer<typeof postSettingsSchema>;
