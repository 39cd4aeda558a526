// A Discord channel in Tandem is one bot in one guild (server): it publishes to one Discord
// channel and reads from a set of them (text, announcement and forum channels; their threads
// come with them).
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/, 'a Discord id (snowflake): digits only');

export const DISCORD_API = 'https://discord.com/api/v10';

export const configSchema = z.object({
  guildId: snowflake.meta({
    title: 'Server ID',
    description: "Your Discord server's ID: turn on Developer Mode (User Settings › Advanced), then right-click the server icon › Copy Server ID",
  }),
  /** A forum post starts a thread. */
  publishChannelId: snowflake.describe('The channel your posts go to (text, announcement or forum): right-click it › Copy Channel ID'),
  /** Their threads and forum posts come in too. */
  readChannelIds: z
    .array(snowflake)
    .max(50)
    .default([])
    .describe('Channels whose messages come into your inbox (right-click › Copy Channel ID); leave empty for the channel you post to'),
  backfillDays: z
    .number()
    .int()
    .min(0)
    .max(90)
    .default(7)
    .meta({ title: 'Days of history', description: 'How many days of past messages to bring into the inbox when you connect (0 to 90)' }),
  /** Only tests (a loopback fixture) change this. */
  apiBaseUrl: z.url().default(DISCORD_API).describe("Discord's API address: leave as is"),
  /** Hosts safe fetch may reach although they are private or loopback: tests only. */
  allowHosts: z.array(z.string()).default([]).describe('Leave empty: only used to test against a local server'),
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
