// What the Telegram connector declares: a bot (token from @BotFather) posting to and reading the
// channels and groups listed in the channel's configuration.
import { z } from 'zod';
import type { ConnectorManifest } from '../sdk/manifest.ts';
import { TELEGRAM_MESSAGE_LIMIT } from '../sdk/counting/plain.ts';

/** `@channelusername`, or a numeric chat id (-100… for channels and supergroups, -… for groups). */
export const chatIdSchema = z.string().regex(/^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?\d{1,20})$/, 'a chat id is @username or a numeric id');

export const configSchema = z.object({
  chats: z
    .array(chatIdSchema)
    .min(1)
    .describe('Channels and groups to post to and read, as @username or numeric chat ID; the first is the default. Add your bot to each (as an admin in channels)'),
  /** A self-hosted Bot API server: github.com/tdlib/telegram-bot-api. */
  apiRoot: z.url().default('https://api.telegram.org').describe("Telegram's Bot API address: change it only if you run your own Bot API server"),
  allowHosts: z.array(z.string()).default([]).describe('Only for a self-hosted Bot API server on a private network: its host or host:port'),
});

export const postSettingsSchema = z.object({
  /** One of the configured chats; the first one when absent. */
  chat: chatIdSchema.optional(),
  /** Sends without a notification sound. */
  silent: z.boolean().default(false),
  /** Telegram has no alt-text field: only when asked, an image's alt text becomes its caption. */
  altTextAsCaption: z.boolean().default(false),
});

export type TelegramConfig = z.infer<typeof configSchema>;
export type TelegramSettings = z.infer<typeof postSettingsSchema>;

/** Bot API, sendPhoto/sendMediaGroup: captions are 0-1024 characters after entities parsing. */
export const MEDIA_GROUP_MAX = 10;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

export const manifest: ConnectorManifest<TelegramConfig, TelegramSettings> = {
  id: 'telegram',
  displayName: 'Telegram',
  capabilities: ['publish', 'thread', 'media', 'inbox', 'reply', 'moderate'],
  auth: 'bot-token',
  configSchema,
  postSettingsSchema,
  defaultLimits: {
    // Telegram counts UTF-16 code units; the SDK has no such rule, code points is the nearest
    // (it under-counts characters outside the BMP, which publish checks itself: see counting.ts).
    text: { maxLength: TELEGRAM_MESSAGE_LIMIT, countingRule: 'utf-16' },
    media: { maxItems: MEDIA_GROUP_MAX, mimeTypes: ['image/jpeg', 'image/png'], maxBytesPerItem: PHOTO_MAX_BYTES },
    dailyPublishCap: null,
    // Bots FAQ (core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this): at most
    // 20 messages a minute to the same group, about 30 messages a second overall.
    rateLimits: [
      { requests: 20, windowSeconds: 60, scope: 'publish' },
      { requests: 30, windowSeconds: 1, scope: 'all' },
    ],
  },
  // No idempotency key, no chat history for bots, no update for its own messages: see README.
  publishIdempotency: 'unverifiable',
  moderationActions: ['delete', 'timeout', 'kick', 'ban'],
};
