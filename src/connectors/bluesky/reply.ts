import type { ConnectorContext } from '../sdk/context.ts';
import type { Published, ReplyInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { callBluesky } from './call.ts';
import type { BlueskyConfig } from './config.ts';
import { publishPost } from './publish.ts';

/** A reply is a post with reply references; it is as idempotent as any post. */
export function reply(ctx: ConnectorContext<BlueskyConfig>, input: ReplyInput): Promise<Result<Published>> {
  return callBluesky(ctx, (bsky) => publishPost(bsky, input.idempotencyKey, { text: input.text, media: input.media ?? [], replyTo: input.to }));
}
