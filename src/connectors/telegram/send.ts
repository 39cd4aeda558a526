// Sending one post (text, one photo, or an album of 2-10) into a chat, optionally as a reply.
// No parse_mode: the text goes out literally, so "*" or "<b>" in a post can never turn into markup
// (or into a 400 "can't parse entities").
import { InputFile } from 'grammy';
import type { Message } from 'grammy/types';
import type { MediaItem, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';
import { withBotApi } from './bot-api.ts';
import { tooLong } from './counting.ts';
import { messageExternalId, messageUrl } from './ids.ts';
import { MEDIA_GROUP_MAX } from './manifest.ts';

export type Outgoing = {
  chatId: string;
  text: string;
  media: readonly MediaItem[];
  replyToMessageId?: number;
  silent: boolean;
  altTextAsCaption: boolean;
};

const published = (message: Message): Published => ({
  externalId: messageExternalId(message.chat.id, message.message_id),
  url: messageUrl(message.chat, message.message_id),
});

const photo = (item: MediaItem, index: number) => new InputFile(item.bytes, `photo-${index + 1}.${item.mimeType === 'image/png' ? 'png' : 'jpg'}`);

export async function sendPost(ctx: TelegramContext, post: Outgoing): Promise<Result<Published>> {
  const problem = tooLong(post.text, post.media.length > 0);
  if (problem) return rejected(problem, 'text_too_long');
  if (post.media.length > MEDIA_GROUP_MAX) return rejected(`Telegram albums hold at most ${MEDIA_GROUP_MAX} items`, 'too_many_media');
  const common = {
    disable_notification: post.silent,
    ...(post.replyToMessageId !== undefined ? { reply_parameters: { message_id: post.replyToMessageId } } : {}),
  };
  const captionOf = (item: MediaItem, index: number): string | undefined => {
    if (index === 0 && post.text !== '') return post.text;
    return post.altTextAsCaption && item.altText ? item.altText : undefined;
  };

  const [first] = post.media;
  if (first === undefined) {
    const sent = await withBotApi(ctx, (api) => api.sendMessage(post.chatId, post.text, common));
    return sent.ok ? ok(published(sent.value)) : sent;
  }
  if (post.media.length === 1) {
    const caption = captionOf(first, 0);
    const sent = await withBotApi(ctx, (api) => api.sendPhoto(post.chatId, photo(first, 0), { ...common, ...(caption ? { caption } : {}) }));
    return sent.ok ? ok(published(sent.value)) : sent;
  }
  const album = post.media.map((item, index) => {
    const caption = captionOf(item, index);
    return { type: 'photo' as const, media: photo(item, index), ...(caption ? { caption } : {}) };
  });
  const sent = await withBotApi(ctx, (api) => api.sendMediaGroup(post.chatId, album, common));
  if (!sent.ok) return sent;
  // The album's first message stands for the post: replies and links point at it.
  const head = sent.value[0];
  return head ? ok(published(head)) : rejected('Telegram sent an empty album', 'empty_album');
}
