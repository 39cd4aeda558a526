// Per-account limits. Mastodon's are per instance: GET /api/v2/instance says how long a status may
// be, how many attachments it takes, which types and how large (methods/instance,
// entities/Instance#configuration). Until that is read, the defaults of a stock instance apply.
import type { AccountLimits, RateLimitRule } from '../sdk/limits.ts';
import { MASTODON_DEFAULT_LIMIT } from '../sdk/counting/mastodon.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { InstanceV2 } from './entities.ts';

// docs.joinmastodon.org/api/rate-limits: 300 requests per 5 minutes per account on /api/*;
// app/lib/rate_limiter.rb: 300 statuses per 3 hours per account. (Media uploads, 30 per 30 minutes,
// have no place in the limits schema yet: the instance's 429 is the backstop there.)
const rateLimits: RateLimitRule[] = [
  { requests: 300, windowSeconds: 5 * 60, scope: 'all' },
  { requests: 300, windowSeconds: 3 * 60 * 60, scope: 'publish' },
];

// A stock instance (config/initializers/paperclip and MediaAttachment: 16 MB images, 99 MB video).
const STOCK_IMAGE_BYTES = 16 * 1024 * 1024;
const STOCK_VIDEO_BYTES = 99 * 1024 * 1024;
const stockMimeTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'image/heif', 'image/avif', 'video/mp4', 'video/webm', 'video/quicktime', 'audio/mpeg', 'audio/ogg', 'audio/wav'];

export const defaultLimits: AccountLimits = {
  text: { maxLength: MASTODON_DEFAULT_LIMIT, countingRule: 'mastodon' },
  media: { maxItems: 4, mimeTypes: stockMimeTypes, maxBytesPerItem: STOCK_VIDEO_BYTES },
  dailyPublishCap: null,
  rateLimits,
};

const positive = (n: unknown): number | undefined => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined);
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/;

/** Limits from an instance's answer; anything missing or malformed keeps the stock value. */
export function limitsFromInstance(instance: InstanceV2): AccountLimits {
  const statuses = instance.configuration?.statuses ?? {};
  const media = instance.configuration?.media_attachments ?? {};
  const mimeTypes = (Array.isArray(media.supported_mime_types) ? media.supported_mime_types : []).filter((t) => typeof t === 'string' && MIME.test(t));
  // One size per item in the schema: the larger of the image and video limits, so no accepted
  // video is refused here; an image over the image limit is refused by the instance (422).
  const sizes = [positive(media.image_size_limit) ?? STOCK_IMAGE_BYTES, positive(media.video_size_limit) ?? STOCK_VIDEO_BYTES];
  return {
    text: { maxLength: positive(statuses.max_characters) ?? MASTODON_DEFAULT_LIMIT, countingRule: 'mastodon' },
    media: {
      maxItems: positive(statuses.max_media_attachments) ?? 4,
      mimeTypes: mimeTypes.length > 0 ? mimeTypes : stockMimeTypes,
      maxBytesPerItem: Math.max(...sizes),
    },
    dailyPublishCap: null,
    rateLimits,
  };
}

export async function readLimits(ctx: Ctx): Promise<Result<AccountLimits>> {
  const answer = await api(ctx, { path: '/api/v2/instance' });
  if (!answer.ok) return answer;
  return ok(limitsFromInstance((answer.value.body ?? {}) as InstanceV2));
}
