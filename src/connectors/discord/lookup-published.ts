// Read-back for a publish whose outcome is unknown (a timeout after sending): look for a message
// by the bot with the same text since `since`, in the publish channel and in its active threads
// (forum posts and follow-ups live there). It matches by author and text: Discord documents the
// nonce for confirming a send (create answer, gateway event), not as something to look up by.
import type { APIMessage } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { LookupInput, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';
import { compareSnowflakes, maxSnowflake, messageExternalId, messageUrl, snowflakeAt } from './ids.ts';
import { activeThreads, botUser, channelType, isThreadOnly } from './lookups.ts';

type Ctx = ConnectorContext<DiscordConfig>;

/** 100 per page (Discord's maximum); a burst of more than 500 messages since `since` is not searched. */
const MAX_PAGES = 5;

async function findIn(ctx: Ctx, channelId: string, after: string, botId: string, text: string): Promise<Result<APIMessage | null>> {
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await discordRequest(ctx, { path: `/channels/${channelId}/messages?after=${after}&limit=100` });
    if (!answer.ok) return answer;
    const messages = (answer.value.body as APIMessage[]).toSorted((a, b) => compareSnowflakes(a.id, b.id));
    const found = messages.find((m) => m.author.id === botId && m.content === text);
    if (found) return ok(found);
    if (messages.length < 100) break;
    after = messages.reduce((last, m) => maxSnowflake(last, m.id), after);
  }
  return ok(null);
}

export async function lookupPublished(ctx: Ctx, input: LookupInput): Promise<Result<Published | null>> {
  const bot = await botUser(ctx);
  if (!bot.ok) return bot;
  const after = snowflakeAt(input.since);
  const publishChannelId = ctx.config.publishChannelId;
  const type = await channelType(ctx, publishChannelId);
  if (!type.ok) return type;
  const active = await activeThreads(ctx);
  if (!active.ok) return active;
  const threads = active.value.filter((t) => t.parent_id === publishChannelId && compareSnowflakes(t.last_message_id ?? t.id, after) >= 0).map((t) => t.id);
  const channels = [...(isThreadOnly(type.value) ? [] : [publishChannelId]), ...threads];
  for (const channelId of channels) {
    const found = await findIn(ctx, channelId, after, bot.value.id, input.text);
    if (!found.ok) return found;
    if (found.value) {
      const ref = { channelId, messageId: found.value.id };
      return ok({ externalId: messageExternalId(channelId, found.value.id), url: messageUrl(ctx, ref) });
    }
  }
  return ok(null);
}
