// publish (with replyTo: the next status of a thread; with media: attachments uploaded first).
import type { Published, PublishInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import type { MastodonSettings } from './config.ts';
import { postSettingsSchema } from './config.ts';
import { createStatus } from './create-status.ts';

export function publish(ctx: Ctx, input: PublishInput<MastodonSettings>): Promise<Result<Published>> {
  const settings = postSettingsSchema.safeParse(input.settings ?? {});
  if (!settings.success) return Promise.resolve(rejected(`invalid Mastodon post settings: ${settings.error.issues[0]?.message ?? 'unknown'}`, 'bad_settings'));
  return createStatus(ctx, {
    idempotencyKey: input.idempotencyKey,
    text: input.text,
    media: input.media,
    settings: settings.data,
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
  });
}
