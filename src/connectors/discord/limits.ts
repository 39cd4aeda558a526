// Discord's limits, from its developer documentation (checked 2026-11):
// - message content: up to 2,000 characters (resources/message#create-message). The API counts
//   Unicode code points: "Our API uses Python 3, so the API calculates length based on the number
//   of codepoints" (Discord staff, discord/discord-api-docs#1315). Pinned in limits.test.ts.
// - 10 attachments per message; uploads: 10 MiB by default since 2025-01 (changelog "Default File
//   Upload Limit Change", reference#uploading-files), more in boosted servers (tier 2: 50 MiB,
//   tier 3: 100 MiB, Discord's boosting FAQ), which readLimits reads from the guild.
// - rate limits: per-route buckets announced in X-RateLimit-* headers and not to be hard-coded
//   (topics/rate-limits), so the only fixed rule is the global 50 requests per second per bot;
//   a bucket's 429 comes back as rate_limited with Discord's retry_after.
import type { APIGuild } from 'discord-api-types/v10';
import { GuildPremiumTier } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountLimits } from '../sdk/limits.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { DISCORD_MESSAGE_LIMIT } from '../sdk/counting/plain.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';

const MiB = 1024 * 1024;

const uploadBytesByTier: Record<GuildPremiumTier, number> = {
  [GuildPremiumTier.None]: 10 * MiB,
  [GuildPremiumTier.Tier1]: 10 * MiB,
  [GuildPremiumTier.Tier2]: 50 * MiB,
  [GuildPremiumTier.Tier3]: 100 * MiB,
};

/** Discord takes any file; these are the types Tandem's composer offers. */
const mimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'video/mp4', 'video/webm', 'video/quicktime', 'audio/mpeg', 'audio/ogg', 'application/pdf', 'text/plain'];

const limitsFor = (maxBytesPerItem: number): AccountLimits => ({
  text: { maxLength: DISCORD_MESSAGE_LIMIT, countingRule: 'code-points' },
  media: { maxItems: 10, mimeTypes, maxBytesPerItem },
  dailyPublishCap: null,
  rateLimits: [{ requests: 50, windowSeconds: 1, scope: 'all' }],
});

export const defaultLimits = limitsFor(10 * MiB);

/** The guild's boost tier sets its upload limit (GET /guilds/{id} → premium_tier). */
export async function readLimits(ctx: ConnectorContext<DiscordConfig>): Promise<Result<AccountLimits>> {
  const answer = await discordRequest(ctx, { path: `/guilds/${ctx.config.guildId}` });
  if (!answer.ok) return answer;
  const tier = (answer.value.body as APIGuild).premium_tier;
  return ok(limitsFor(uploadBytesByTier[tier] ?? defaultLimits.media!.maxBytesPerItem));
}
