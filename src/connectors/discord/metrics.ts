// Discord's engagement numbers for a message: reactions (all emoji added up) as likes, and the
// messages in the thread hanging from it (a forum post, or a thread started from the message) as
// replies. Discord has no reposts, quotes, impressions or clicks for bots.
import type { APIMessage, APIThreadChannel } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { PostMetrics } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';
import { parseMessageExternalId } from './ids.ts';

type Ctx = ConnectorContext<DiscordConfig>;

async function metricsOf(ctx: Ctx, externalId: string): Promise<Result<PostMetrics>> {
  const ref = parseMessageExternalId(externalId);
  if (!ref) return rejected(`not a Discord message id: ${externalId}`, 'bad_id');
  const answer = await discordRequest(ctx, { path: `/channels/${ref.channelId}/messages/${ref.messageId}` });
  if (!answer.ok) return answer;
  const message = answer.value.body as APIMessage;
  const likes = (message.reactions ?? []).reduce((sum, r) => sum + r.count, 0);
  let replies = (message.thread as APIThreadChannel | undefined)?.message_count;
  if (replies === undefined && ref.channelId === ref.messageId) {
    // A forum post's first message: its thread is the channel it lives in.
    const thread = await discordRequest(ctx, { path: `/channels/${ref.channelId}` });
    if (!thread.ok) return thread;
    replies = (thread.value.body as APIThreadChannel).message_count;
  }
  return ok({ externalId, counts: { likes, ...(replies !== undefined ? { replies } : {}) } });
}

export async function fetchMetrics(ctx: Ctx, input: { externalIds: readonly string[] }): Promise<Result<PostMetrics[]>> {
  const all: PostMetrics[] = [];
  for (const id of input.externalIds) {
    const one = await metricsOf(ctx, id);
    if (!one.ok) return one;
    all.push(one.value);
  }
  return ok(all);
}
