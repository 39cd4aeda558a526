// The inbox by getUpdates (core.telegram.org/bots/api#getupdates). Tandem polls on its own schedule
// with timeout 0 (no long polling: the safe fetch timeout is shorter), so the bot must have no
// webhook set: getUpdates and a webhook are exclusive, and Telegram answers 409 while one is set.
// The cursor is the next update_id: asking with offset = cursor confirms every earlier update, and
// Telegram keeps unconfirmed updates for 24 hours only.
import type { Message, Update } from 'grammy/types';
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';
import { withBotApi } from './bot-api.ts';
import { messageExternalId, messageUrl } from './ids.ts';

const ALLOWED_UPDATES = ['message', 'edited_message', 'channel_post'] as const;
const MAX_PAGE = 100; // getUpdates' own maximum

function isConfiguredChat(chats: readonly string[], chat: Message['chat']): boolean {
  const username = 'username' in chat && chat.username ? `@${chat.username.toLowerCase()}` : undefined;
  return chats.some((c) => c === String(chat.id) || c.toLowerCase() === username);
}

function author(message: Message): InboxItem['author'] {
  // Channel posts and anonymous admins speak as a chat, not as a user.
  const chat = message.sender_chat;
  if (chat) return { externalId: String(chat.id), handle: ('username' in chat && chat.username) || ('title' in chat && chat.title) || String(chat.id) };
  const user = message.from;
  if (!user) return { externalId: String(message.chat.id), handle: String(message.chat.id) };
  const displayName = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return { externalId: String(user.id), handle: user.username ?? String(user.id), ...(displayName ? { displayName } : {}) };
}

export function toInboxItem(message: Message): InboxItem {
  const chatId = message.chat.id;
  const answered = message.reply_to_message;
  return {
    externalId: messageExternalId(chatId, message.message_id),
    kind: answered ? 'reply' : 'message',
    author: author(message),
    text: message.text ?? message.caption ?? '',
    createdAt: new Date(message.date * 1000).toISOString(),
    ...(answered ? { inReplyTo: messageExternalId(chatId, answered.message_id) } : {}),
    url: messageUrl(message.chat, message.message_id),
  };
}

const messageOf = (update: Update): Message | undefined => update.message ?? update.edited_message ?? update.channel_post;

export async function fetchInbox(ctx: TelegramContext, input: InboxPageInput): Promise<Result<InboxPage>> {
  const offset = input.cursor === null ? undefined : Number(input.cursor);
  if (offset !== undefined && !Number.isSafeInteger(offset)) return rejected(`not a Telegram inbox cursor: ${input.cursor}`, 'bad_cursor');
  const limit = Math.max(1, Math.min(MAX_PAGE, input.limit));
  const answer = await withBotApi(ctx, (api) =>
    api.getUpdates({ ...(offset !== undefined ? { offset } : {}), limit, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] }),
  );
  if (!answer.ok) return answer;
  const updates = answer.value;
  const items: InboxItem[] = [];
  for (const update of updates) {
    const message = messageOf(update);
    // Updates from other chats (a private chat with the bot, a group not configured) still move the cursor.
    if (message && isConfiguredChat(ctx.config.chats, message.chat)) items.push(toInboxItem(message));
  }
  const last = updates.at(-1);
  const nextCursor = last ? String(last.update_id + 1) : (input.cursor ?? '0');
  return ok({ items, nextCursor, hasMore: updates.length === limit });
}
