// Per-account limits. A connector declares defaults in its manifest; where the network says so
// (a Mastodon instance's /api/v2/instance, an X Premium account) `readLimits` reads them from the
// account and they are stored on the channel. The UI and the API read limits only from there.
import { z } from 'zod';
import { countingRuleIds } from './counting/index.ts';
import type { CountingRuleId } from './counting/index.ts';

const positiveInt = z.number().int().positive();

export const rateLimitRuleSchema = z.object({
  requests: positiveInt,
  windowSeconds: positiveInt,
  /** Which calls the rule covers: publishing only (X's 200 posts / 15 min) or every request. */
  scope: z.enum(['publish', 'all']),
});

export const accountLimitsSchema = z.object({
  text: z.object({
    maxLength: positiveInt,
    countingRule: z.enum(countingRuleIds as [CountingRuleId, ...CountingRuleId[]]),
  }),
  media: z
    .object({
      maxItems: positiveInt,
      /** MIME types the network accepts, e.g. image/jpeg, video/mp4. */
      mimeTypes: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/)).min(1),
      maxBytesPerItem: positiveInt,
    })
    .nullable(),
  /** Posts per day for this account; null when the network sets none. Enforced from the database. */
  dailyPublishCap: positiveInt.nullable(),
  rateLimits: z.array(rateLimitRuleSchema),
});

export type RateLimitRule = z.infer<typeof rateLimitRuleSchema>;
export type AccountLimits = z.infer<typeof accountLimitsSchema>;
