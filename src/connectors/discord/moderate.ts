// Moderation with the bot's guild permissions; the moderator's reason goes to Discord's audit log.
//   delete  DELETE /channels/{c}/messages/{m}                         (Manage Messages)
//   timeout PATCH  /guilds/{g}/members/{u} {communication_disabled_until} (Moderate Members, ≤ 28 days)
//   kick    DELETE /guilds/{g}/members/{u}                            (Kick Members)
//   ban     PUT    /guilds/{g}/bans/{u} {delete_message_seconds: 0}   (Ban Members)
// https://discord.com/developers/docs/resources/guild#modify-guild-member and #create-guild-ban
import type { ConnectorContext } from '../sdk/context.ts';
import type { ModerationAction, ModerationInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordCall } from './api.ts';
import type { DiscordConfig } from './config.ts';
import { isSnowflake, parseMessageExternalId } from './ids.ts';

/** Discord refuses a timeout that ends more than 28 days from now. */
export const MAX_TIMEOUT_SECONDS = 28 * 86_400;

/** Discord has no "hide" for bots, and reports go to Trust & Safety by hand, not through the API. */
export const discordModerationActions = ['delete', 'timeout', 'kick', 'ban'] as const satisfies readonly ModerationAction[];

function callFor(ctx: ConnectorContext<DiscordConfig>, input: ModerationInput): DiscordCall | string {
  const guild = ctx.config.guildId;
  const target = input.targetExternalId;
  if (input.action === 'delete') {
    const ref = parseMessageExternalId(target);
    return ref ? { method: 'DELETE', path: `/channels/${ref.channelId}/messages/${ref.messageId}` } : `not a Discord message id: ${target}`;
  }
  if (!isSnowflake(target)) return `not a Discord user id: ${target}`;
  if (input.action === 'kick') return { method: 'DELETE', path: `/guilds/${guild}/members/${target}` };
  if (input.action === 'ban') return { method: 'PUT', path: `/guilds/${guild}/bans/${target}`, json: { delete_message_seconds: 0 } };
  if (input.action === 'timeout') {
    const seconds = input.durationSeconds;
    if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) return 'a timeout needs a duration in whole seconds';
    if (seconds > MAX_TIMEOUT_SECONDS) return 'Discord timeouts last at most 28 days';
    const until = new Date(ctx.now().getTime() + seconds * 1000).toISOString();
    return { method: 'PATCH', path: `/guilds/${guild}/members/${target}`, json: { communication_disabled_until: until } };
  }
  return `Discord bots cannot ${input.action}`;
}

export async function moderate(ctx: ConnectorContext<DiscordConfig>, input: ModerationInput): Promise<Result<void>> {
  const call = callFor(ctx, input);
  if (typeof call === 'string') return rejected(call, 'unsupported_moderation');
  const answer = await discordRequest(ctx, { ...call, ...(input.reason ? { auditReason: input.reason } : {}) });
  return answer.ok ? ok(undefined) : answer;
}
