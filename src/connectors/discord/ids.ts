// Discord addresses a message by its channel and its own id, so a message's externalId is
// "<channel id>/<message id>" (the channel may be a thread). Members are plain user ids.
// Snowflakes: https://discord.com/developers/docs/reference#snowflakes
import type { ConnectorContext } from '../sdk/context.ts';
import type { DiscordConfig } from './config.ts';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;

export type MessageRef = { channelId: string; messageId: string };

export const messageExternalId = (channelId: string, messageId: string): string => `${channelId}/${messageId}`;

export function parseMessageExternalId(externalId: string): MessageRef | undefined {
  const match = /^(\d{1,20})\/(\d{1,20})$/.exec(externalId);
  return match ? { channelId: match[1]!, messageId: match[2]! } : undefined;
}

export const isSnowflake = (value: string): boolean => /^\d{1,20}$/.test(value);

/** The smallest snowflake at or after a moment, for `after=` paging from a time. */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(Math.max(0, at.getTime())) - DISCORD_EPOCH_MS;
  return ms <= 0n ? '0' : String(ms << 22n);
}

export const compareSnowflakes = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export const maxSnowflake = (a: string, b: string): string => (compareSnowflakes(a, b) >= 0 ? a : b);

export const messageUrl = (ctx: ConnectorContext<DiscordConfig>, ref: MessageRef): string =>
  `https://discord.com/channels/${ctx.config.guildId}/${ref.channelId}/${ref.messageId}`;
