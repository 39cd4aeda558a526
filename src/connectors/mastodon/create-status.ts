// POST /api/v1/statuses (methods/statuses#create), shared by publish, reply and direct messages.
// The idempotency key goes in the Idempotency-Key header: the instance keeps it for an hour and
// answers a repeated request with the status it already created, so a retry within the hour
// cannot post twice (beyond it, lookupPublished reads the account's statuses).
import type { MediaItem, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api, instanceUrl } from './api.ts';
import type { MastodonSettings } from './config.ts';
import type { Status } from './entities.ts';
import { uploadMedia } from './media.ts';

export type StatusInput = {
  idempotencyKey: string;
  text: string;
  media?: readonly MediaItem[];
  settings: Partial<MastodonSettings>;
  replyTo?: string;
};

/** The post's public URL: `url` for local statuses, `uri` otherwise, the API path as a last resort. */
export function publishedOf(ctx: Ctx, status: Status): Published {
  const candidates = [status.url, status.uri].filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
  return { externalId: String(status.id), url: candidates[0] ?? instanceUrl(ctx, `/api/v1/statuses/${encodeURIComponent(status.id)}`).href };
}

export async function createStatus(ctx: Ctx, input: StatusInput): Promise<Result<Published>> {
  const mediaIds: string[] = [];
  for (const item of input.media ?? []) {
    const uploaded = await uploadMedia(ctx, item);
    if (!uploaded.ok) return uploaded;
    mediaIds.push(uploaded.value);
  }
  const { visibility, spoilerText, sensitive, language } = input.settings;
  const answer = await api(ctx, {
    method: 'POST',
    path: '/api/v1/statuses',
    headers: { 'idempotency-key': input.idempotencyKey },
    json: {
      status: input.text,
      ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
      ...(input.replyTo ? { in_reply_to_id: input.replyTo } : {}),
      ...(visibility ? { visibility } : {}),
      ...(spoilerText ? { spoiler_text: spoilerText } : {}),
      ...(sensitive ? { sensitive: true } : {}),
      ...(language ? { language } : {}),
    },
  });
  return answer.ok ? ok(publishedOf(ctx, answer.value.body as Status)) : answer;
}
