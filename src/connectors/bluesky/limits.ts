// Bluesky's limits, and the local checks that refuse a post the network would refuse anyway.
// - Text: 300 graphemes and 3,000 UTF-8 bytes (lexicon app.bsky.feed.post: maxGraphemes 300,
//   maxLength 3000): the SDK's `bluesky` counting rule.
// - Images: at most 4 per post, each a blob of at most 2,000,000 bytes with alt text (lexicon
//   app.bsky.embed.images as shipped with the reference PDS in @atproto/pds; older copies said
//   1,000,000). JPEG, PNG and WebP are what the Bluesky apps send.
// - Writes: 5,000 points per hour and 35,000 per day per account, a created record costing 3
//   points: at most 1,666 posts an hour and 11,666 a day; and 3,000 requests per 5 minutes per IP
//   (https://docs.bsky.app/docs/advanced-guides/rate-limits).
import type { AccountLimits } from '../sdk/limits.ts';
import { measure } from '../sdk/counting/index.ts';
import type { MediaItem } from '../sdk/operations.ts';

export const MAX_IMAGE_BYTES = 2_000_000;

export const defaultLimits: AccountLimits = {
  text: { maxLength: 300, countingRule: 'bluesky' },
  media: { maxItems: 4, mimeTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytesPerItem: MAX_IMAGE_BYTES },
  dailyPublishCap: 11_666,
  rateLimits: [
    { requests: 1_666, windowSeconds: 3_600, scope: 'publish' },
    { requests: 3_000, windowSeconds: 300, scope: 'all' },
  ],
};

/** Why the network would refuse this post, or undefined when it fits. */
export function problemWith(text: string, media: readonly MediaItem[]): string | undefined {
  const length = measure('bluesky', text, defaultLimits.text.maxLength);
  if (length.problem === 'too_many_bytes') return 'the text is longer than 3,000 bytes';
  if (!length.ok) return `the text is ${length.used} characters; Bluesky allows ${length.limit}`;
  const { media: limits } = defaultLimits;
  if (!limits) return undefined;
  if (media.length > limits.maxItems) return `a post carries at most ${limits.maxItems} images`;
  for (const item of media) {
    if (!limits.mimeTypes.includes(item.mimeType)) return `${item.mimeType} is not an image type Bluesky accepts (${limits.mimeTypes.join(', ')})`;
    if (item.bytes.length > limits.maxBytesPerItem) return `an image is larger than ${limits.maxBytesPerItem.toLocaleString('en')} bytes`;
  }
  return undefined;
}
