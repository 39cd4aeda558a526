// E-mail has no character limit; the real bound is the size of the encoded message, which the
// channel's config sets (maxMessageBytes, 25 MB by default: Gmail's limit; Outlook.com takes 20 MB)
// and publish checks after encoding. Attachments are base64, so an item must stay near 3/4 of it.
import type { AccountLimits } from '../sdk/limits.ts';
import type { MediaItem } from '../sdk/operations.ts';
import type { Err } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';

/** Generous on purpose: a sanity bound for the composer, not a network rule (about 4 MB of UTF-8 at most). */
export const TEXT_LIMIT_CODE_POINTS = 1_000_000;
export const MAX_ATTACHMENTS = 20;

export const defaultLimits: AccountLimits = {
  text: { maxLength: TEXT_LIMIT_CODE_POINTS, countingRule: 'code-points' },
  media: {
    maxItems: MAX_ATTACHMENTS,
    mimeTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'application/pdf'],
    maxBytesPerItem: 18 * 1024 * 1024,
  },
  // Sending quotas belong to the provider (Gmail: 500 recipients a day, Workspace 2,000); when
  // one is hit the server says so and the send comes back rate_limited.
  dailyPublishCap: null,
  rateLimits: [],
};

export function checkMedia(media: readonly MediaItem[]): Err | undefined {
  if (media.length > MAX_ATTACHMENTS) return rejected(`at most ${MAX_ATTACHMENTS} attachments per message`, 'too_many_attachments');
  return undefined;
}
