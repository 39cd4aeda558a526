// Who the token belongs to (GET /users/@me), checked against the configured guild: a bot that
// was never invited to the server (or was removed) gets a clear "rejected" on connect.
import type { APIGuild } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';
import { botUser } from './lookups.ts';

export async function identify(ctx: ConnectorContext<DiscordConfig>): Promise<Result<AccountIdentity>> {
  const bot = await botUser(ctx, true);
  if (!bot.ok) return bot;
  const guild = await discordRequest(ctx, { path: `/guilds/${ctx.config.guildId}` });
  if (!guild.ok) {
    return guild.error.kind === 'rejected' ? rejected(`the bot cannot see server ${ctx.config.guildId}: ${guild.error.reason}`, guild.error.code) : guild;
  }
  const { username, global_name: globalName, id } = bot.value;
  const { name } = guild.value.body as APIGuild;
  return ok({
    accountId: id,
    handle: username,
    displayName: `${globalName ?? username} in ${name}`,
    profileUrl: `https://discord.com/channels/${ctx.config.guildId}`,
  });
}
