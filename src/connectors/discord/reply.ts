// Answers an incoming message with a Discord reply (message_reference) in the same channel or
// thread; the author is pinged, as a person who asked expects. If the message was deleted
// meanwhile, fail_if_not_exists: false still posts the answer, without the reference.
import type { ConnectorContext } from '../sdk/context.ts';
import type { Published, ReplyInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { DiscordConfig } from './config.ts';
import { parseMessageExternalId } from './ids.ts';
import { sendMessage } from './send-message.ts';

export function reply(ctx: ConnectorContext<DiscordConfig>, input: ReplyInput): Promise<Result<Published>> {
  const to = parseMessageExternalId(input.to);
  if (!to) return Promise.resolve(rejected(`not a Discord message id: ${input.to}`, 'bad_reply_to'));
  return sendMessage(ctx, {
    channelId: to.channelId,
    replyTo: to,
    text: input.text,
    media: input.media ?? [],
    idempotencyKey: input.idempotencyKey,
    mentions: 'none',
    pingRepliedUser: true,
  });
}
