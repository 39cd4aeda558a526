// The two ways Tandem creates something on Discord: a message in a channel or thread
// (POST /channels/{id}/messages) and a new post in a forum or media channel, which is a thread
// whose first message carries the text (POST /channels/{id}/threads).
// https://discord.com/developers/docs/resources/message#create-message
// https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
import { createHash } from 'node:crypto';
import type {
  APIAllowedMentions,
  APIMessage,
  APIThreadChannel,
  RESTPostAPIChannelMessageJSONBody,
  RESTPostAPIGuildForumThreadsJSONBody,
} from 'discord-api-types/v10';
import { AllowedMentionsTypes } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { MediaItem, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordCall } from './api.ts';
import type { DiscordConfig, DiscordSettings } from './config.ts';
import type { MessageRef } from './ids.ts';
import { messageExternalId, messageUrl } from './ids.ts';
import { attachmentsOf, multipartBody } from './multipart.ts';

type Ctx = ConnectorContext<DiscordConfig>;
type Mentions = DiscordSettings['mentions'];

const mentionTypes: Record<Mentions, AllowedMentionsTypes[]> = {
  none: [],
  users: [AllowedMentionsTypes.User],
  'users-and-roles': [AllowedMentionsTypes.User, AllowedMentionsTypes.Role],
  everyone: [AllowedMentionsTypes.User, AllowedMentionsTypes.Role, AllowedMentionsTypes.Everyone],
};

const allowedMentions = (mentions: Mentions, pingRepliedUser = false): APIAllowedMentions => ({
  parse: mentionTypes[mentions],
  replied_user: pingRepliedUser,
});

/**
 * Discord's nonce is at most 25 characters; with enforce_nonce a second message with the same
 * nonce from the same bot "in the past few minutes" returns the first instead of a new one.
 */
export const nonceFor = (idempotencyKey: string): string => createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 25);

async function withMedia(call: Omit<DiscordCall, 'json' | 'form'>, payload: object, media: readonly MediaItem[]): Promise<DiscordCall> {
  return media.length === 0 ? { ...call, json: payload } : { ...call, form: await multipartBody(payload, media) };
}

export type MessageInput = {
  channelId: string;
  text: string;
  media: readonly MediaItem[];
  idempotencyKey: string;
  mentions: Mentions;
  /** Makes the message a reply (a thread of posts is a chain of replies). */
  replyTo?: MessageRef;
  pingRepliedUser?: boolean;
};

export async function sendMessage(ctx: Ctx, input: MessageInput): Promise<Result<Published>> {
  const payload: RESTPostAPIChannelMessageJSONBody = {
    content: input.text,
    nonce: nonceFor(input.idempotencyKey),
    enforce_nonce: true,
    allowed_mentions: allowedMentions(input.mentions, input.pingRepliedUser),
    ...(input.replyTo
      ? { message_reference: { message_id: input.replyTo.messageId, channel_id: input.replyTo.channelId, fail_if_not_exists: false } }
      : {}),
    ...(input.media.length > 0 ? { attachments: attachmentsOf(input.media) } : {}),
  };
  const call = await withMedia({ method: 'POST', path: `/channels/${input.channelId}/messages` }, payload, input.media);
  const answer = await discordRequest(ctx, call);
  if (!answer.ok) return answer;
  const message = answer.value.body as APIMessage;
  const ref = { channelId: message.channel_id, messageId: message.id };
  return ok({ externalId: messageExternalId(ref.channelId, ref.messageId), url: messageUrl(ctx, ref) });
}

export type ForumPostInput = { forumId: string; title: string; text: string; media: readonly MediaItem[]; mentions: Mentions };

/** A forum post's first message has the thread's id, so the post is "<thread>/<thread>". */
export async function startForumPost(ctx: Ctx, input: ForumPostInput): Promise<Result<Published>> {
  const payload: RESTPostAPIGuildForumThreadsJSONBody = {
    name: input.title,
    message: {
      content: input.text,
      allowed_mentions: allowedMentions(input.mentions),
      ...(input.media.length > 0 ? { attachments: attachmentsOf(input.media) } : {}),
    },
  };
  const call = await withMedia({ method: 'POST', path: `/channels/${input.forumId}/threads` }, payload, input.media);
  const answer = await discordRequest(ctx, call);
  if (!answer.ok) return answer;
  const thread = answer.value.body as APIThreadChannel & { message?: APIMessage };
  const ref = { channelId: thread.id, messageId: thread.message?.id ?? thread.id };
  return ok({ externalId: messageExternalId(ref.channelId, ref.messageId), url: messageUrl(ctx, ref) });
}

/** A forum post needs a title (1-100 characters): the setting, else the text's first line. */
export function forumTitle(text: string, setting: string | undefined): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const title = setting?.trim() || firstLine || 'New post';
  const chars = [...title];
  return chars.length <= 100 ? title : `${chars.slice(0, 99).join('')}…`;
}
