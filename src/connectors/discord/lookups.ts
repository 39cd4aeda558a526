// Two facts many operations need and that never change for a channel: the bot's own user id
// (to skip its messages in the inbox and find them on read-back) and a Discord channel's type
// (a forum takes a new thread where a text channel takes a message). Both are remembered per
// process, keyed so that another token or another channel never reads a stale answer.
import { createHash } from 'node:crypto';
import type { APIChannel, APIThreadChannel, APIThreadList, APIUser } from 'discord-api-types/v10';
import { ChannelType } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';

const botUsers = new Map<string, APIUser>();
const channelTypes = new Map<string, ChannelType>();

const tokenKey = (ctx: ConnectorContext<DiscordConfig>): string =>
  createHash('sha256').update(ctx.credentials.kind === 'bot-token' ? ctx.credentials.token : '').digest('hex');

/** GET /users/@me: the bot behind the token. */
export async function botUser(ctx: ConnectorContext<DiscordConfig>, fresh = false): Promise<Result<APIUser>> {
  const key = `${ctx.config.apiBaseUrl} ${tokenKey(ctx)}`;
  const known = botUsers.get(key);
  if (known && !fresh) return ok(known);
  const answer = await discordRequest(ctx, { path: '/users/@me' });
  if (!answer.ok) return answer;
  const user = answer.value.body as APIUser;
  botUsers.set(key, user);
  return ok(user);
}

/** GET /channels/{id}: text (0), announcement (5), forum (15), media (16), threads (10-12) ... */
export async function channelType(ctx: ConnectorContext<DiscordConfig>, channelId: string): Promise<Result<ChannelType>> {
  const key = `${ctx.config.apiBaseUrl} ${channelId}`;
  const known = channelTypes.get(key);
  if (known !== undefined) return ok(known);
  const answer = await discordRequest(ctx, { path: `/channels/${channelId}` });
  if (!answer.ok) return answer;
  const { type } = answer.value.body as APIChannel;
  channelTypes.set(key, type);
  return ok(type);
}

/** Forum and media channels hold only threads ("posts"), never messages of their own. */
export const isThreadOnly = (type: ChannelType): boolean => type === ChannelType.GuildForum || type === ChannelType.GuildMedia;

/** GET /guilds/{id}/threads/active: the guild's unarchived threads, in every channel. Not cached: new ones appear all the time. */
export async function activeThreads(ctx: ConnectorContext<DiscordConfig>): Promise<Result<APIThreadChannel[]>> {
  const answer = await discordRequest(ctx, { path: `/guilds/${ctx.config.guildId}/threads/active` });
  if (!answer.ok) return answer;
  return ok((answer.value.body as APIThreadList).threads as APIThreadChannel[]);
}
