// publish (thread when replyTo is set, media when media is not empty) into one of the configured chats.
import type { PublishInput, Published, ReplyInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';
import { parseMessageRef } from './ids.ts';
import type { TelegramSettings } from './manifest.ts';
import { sendPost } from './send.ts';

export async function publish(ctx: TelegramContext, input: PublishInput<TelegramSettings>): Promise<Result<Published>> {
  const settings = input.settings;
  if (input.replyTo !== undefined) {
    // A thread continues in the chat of the message it answers.
    const ref = parseMessageRef(input.replyTo);
    if (!ref) return rejected(`not a Telegram message id: ${input.replyTo}`, 'bad_reply_to');
    return sendPost(ctx, { chatId: ref.chatId, text: input.text, media: input.media, replyToMessageId: ref.messageId, silent: settings.silent, altTextAsCaption: settings.altTextAsCaption });
  }
  const chatId = settings.chat ?? ctx.config.chats[0];
  if (chatId === undefined || !ctx.config.chats.includes(chatId)) return rejected(`chat ${chatId ?? '(none)'} is not one of this channel's chats`, 'unknown_chat');
  return sendPost(ctx, { chatId, text: input.text, media: input.media, silent: settings.silent, altTextAsCaption: settings.altTextAsCaption });
}

export async function reply(ctx: TelegramContext, input: ReplyInput): Promise<Result<Published>> {
  const ref = parseMessageRef(input.to);
  if (!ref) return rejected(`not a Telegram message id: ${input.to}`, 'bad_reply_to');
  return sendPost(ctx, { chatId: ref.chatId, text: input.text, media: input.media ?? [], replyToMessageId: ref.messageId, silent: false, altTextAsCaption: false });
}
