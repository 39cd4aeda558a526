// Publishing: a message in the publish channel, or a new post (thread) when that channel is a
// forum; with replyTo, a reply to that message in its own channel or thread, which is how a
// "thread" of posts looks on Discord (a chain of replies, or follow-ups in the forum post).
import type { ConnectorContext } from '../sdk/context.ts';
import type { Published, PublishInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { DiscordConfig, DiscordSettings } from './config.ts';
import { parseMessageExternalId } from './ids.ts';
import { channelType, isThreadOnly } from './lookups.ts';
import { forumTitle, sendMessage, startForumPost } from './send-message.ts';

export async function publish(ctx: ConnectorContext<DiscordConfig>, input: PublishInput<DiscordSettings>): Promise<Result<Published>> {
  const mentions = input.settings.mentions ?? 'none';
  const common = { text: input.text, media: input.media, idempotencyKey: input.idempotencyKey, mentions };
  if (input.replyTo !== undefined) {
    const replyTo = parseMessageExternalId(input.replyTo);
    if (!replyTo) return rejected(`not a Discord message id: ${input.replyTo}`, 'bad_reply_to');
    return sendMessage(ctx, { ...common, channelId: replyTo.channelId, replyTo });
  }
  const channelId = ctx.config.publishChannelId;
  const type = await channelType(ctx, channelId);
  if (!type.ok) return type;
  if (isThreadOnly(type.value)) {
    return startForumPost(ctx, { forumId: channelId, title: forumTitle(input.text, input.settings.threadTitle), text: input.text, media: input.media, mentions });
  }
  return sendMessage(ctx, { ...common, channelId });
}
