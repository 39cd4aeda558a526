// A reply is a status with in_reply_to_id. It never widens the audience: it takes the visibility
// of the status it answers (a reply to a direct message stays direct, to a followers-only post
// stays followers-only), as Mastodon's web client does, so a private conversation cannot be
// answered in public by mistake. A direct or followers-only status reaches only the accounts it
// mentions (and followers), so there the author's mention is added when the text lacks it; a
// public reply goes out as written (it shows in the thread; a mention would also notify).
import type { Published, ReplyInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import { createStatus } from './create-status.ts';
import type { Status } from './entities.ts';
import { withMention } from './mention.ts';

export async function reply(ctx: Ctx, input: ReplyInput): Promise<Result<Published>> {
  const parent = await api(ctx, { path: `/api/v1/statuses/${encodeURIComponent(input.to)}` });
  if (!parent.ok) return parent;
  const { visibility, account } = parent.value.body as Status;
  const addressed = visibility === 'direct' || visibility === 'private';
  return createStatus(ctx, {
    idempotencyKey: input.idempotencyKey,
    text: addressed ? withMention(account.acct, input.text) : input.text,
    ...(input.media ? { media: input.media } : {}),
    settings: { visibility },
    replyTo: input.to,
  });
}
