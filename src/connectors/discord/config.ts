// A Discord channel in Tandem is one bot in one guild (server): it publishes to one Discord
// channel and reads from a set of them (text, announcement and forum channels; their threads
// come with them).
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/, 'a Discord id (snowflake): digits only');

export const DISCORD_API = 'https://discord.com/api/v10';

export const configSchema = z.object({
  guildId: snowflake,
  /** Where posts go: a text, announcement or forum channel (a forum post starts a thread). */
  publishChannelId: snowflake,
  /** Channels whose messages (and threads, forum posts) come into the inbox; default: the publish channel. */
  readChannelIds: z.array(snowflake).max(50).default([]),
  /** How far back the first inbox read goes. */
  backfillDays: z.number().int().min(0).max(90).default(7),
  /** Only tests (a loopback fixture) change this. */
  apiBaseUrl: z.url().default(DISCORD_API),
  /** Hosts safe fetch may reach although they are private or loopback: tests only. */
  allowHosts: z.array(z.string()).default([]),
});

export const postSettingsSchema = z.object({
  /** Forum posts need a title; by default the first line of the text. */
  threadTitle: z.string().min(1).max(100).optional(),
  /**
   * Which mentions in the text may ping people. 'none' by default, so that "@everyone" in a post
   * never notifies a whole server by accident.
   */
  mentions: z.enum(['none', 'users', 'users-and-roles', 'everyone']).default('none'),
});

export type DiscordConfig = z.infer<typeof configSchema>;
export type DiscordSettings = z.infer<typeof postSettingsSchema>;
