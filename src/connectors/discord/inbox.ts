// The inbox: new messages in the read channels and in their active threads (forum posts are
// threads too), read with GET /channels/{id}/messages?after=<last id>&limit=<n>, oldest first.
// The bot's own messages and system messages (joins, pins, thread starters) are skipped.
// https://discord.com/developers/docs/resources/message#get-channel-messages
// https://discord.com/developers/docs/resources/guild#list-active-guild-threads
import type { APIMessage } from 'discord-api-types/v10';
import { MessageType } from 'discord-api-types/v10';
import type { ConnectorContext } from '../sdk/context.ts';
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { discordRequest } from './api.ts';
import type { DiscordConfig } from './config.ts';
import { compareSnowflakes, maxSnowflake, messageExternalId, messageUrl, snowflakeAt } from './ids.ts';
import { decodeCursor, encodeCursor, pruneCursor } from './inbox-cursor.ts';
import { activeThreads, botUser, channelType, isThreadOnly } from './lookups.ts';

type Ctx = ConnectorContext<DiscordConfig>;
/** A channel or thread to read; `starter` is the message a thread hangs from. */
type Source = { id: string; starter?: string };

const DAY_MS = 86_400_000;
const conversationTypes = new Set<MessageType>([MessageType.Default, MessageType.Reply]);

async function sourcesOf(ctx: Ctx): Promise<Result<Source[]>> {
  const readIds = ctx.config.readChannelIds.length > 0 ? ctx.config.readChannelIds : [ctx.config.publishChannelId];
  const sources: Source[] = [];
  for (const id of readIds) {
    const type = await channelType(ctx, id);
    if (!type.ok) return type;
    if (!isThreadOnly(type.value)) sources.push({ id });
  }
  const threads = await activeThreads(ctx);
  if (!threads.ok) return threads;
  const inRead = threads.value.filter((t) => t.parent_id !== undefined && readIds.includes(t.parent_id));
  for (const thread of inRead.toSorted((a, b) => compareSnowflakes(a.id, b.id))) {
    // A thread started from a message shares that message's id: in a forum the starter is the
    // thread's own first message; in a text channel it sits in the parent channel.
    const parentType = await channelType(ctx, thread.parent_id!);
    if (!parentType.ok) return parentType;
    sources.push({ id: thread.id, starter: messageExternalId(isThreadOnly(parentType.value) ? thread.id : thread.parent_id!, thread.id) });
  }
  return ok(sources);
}

function toItem(ctx: Ctx, source: Source, message: APIMessage, botId: string): InboxItem {
  const ref = message.message_reference;
  const repliesTo = ref?.message_id ? messageExternalId(ref.channel_id ?? source.id, ref.message_id) : undefined;
  const inReplyTo = repliesTo ?? (source.starter && message.id !== source.id ? source.starter : undefined);
  const kind: InboxItem['kind'] =
    message.referenced_message?.author.id === botId ? 'reply' : message.mentions.some((u) => u.id === botId) ? 'mention' : 'message';
  return {
    externalId: messageExternalId(source.id, message.id),
    kind,
    author: { externalId: message.author.id, handle: message.author.username, ...(message.author.global_name ? { displayName: message.author.global_name } : {}) },
    text: message.content,
    createdAt: new Date(message.timestamp).toISOString(),
    ...(inReplyTo ? { inReplyTo } : {}),
    url: messageUrl(ctx, { channelId: source.id, messageId: message.id }),
  };
}

export async function fetchInbox(ctx: Ctx, input: InboxPageInput): Promise<Result<InboxPage>> {
  const state = decodeCursor(input.cursor);
  if (!state) return rejected('this inbox cursor was not written by the Discord connector', 'bad_cursor');
  const horizon = snowflakeAt(new Date(ctx.now().getTime() - ctx.config.backfillDays * DAY_MS));
  const bot = await botUser(ctx);
  if (!bot.ok) return bot;
  const sources = await sourcesOf(ctx);
  if (!sources.ok) return sources;

  const next = pruneCursor(state, new Set(sources.value.map((s) => s.id)), horizon);
  const items: InboxItem[] = [];
  let hasMore = false;
  for (const source of sources.value) {
    if (items.length >= input.limit) {
      hasMore = true;
      break;
    }
    const after = state[source.id] ?? horizon;
    const want = Math.min(100, input.limit - items.length);
    const answer = await discordRequest(ctx, { path: `/channels/${source.id}/messages?after=${after}&limit=${want}` });
    if (!answer.ok) return answer;
    // Discord sends newest first, whatever the paging parameter.
    const messages = (answer.value.body as APIMessage[]).toSorted((a, b) => compareSnowflakes(a.id, b.id));
    next[source.id] = messages.reduce((last, m) => maxSnowflake(last, m.id), after);
    for (const m of messages) if (m.author.id !== bot.value.id && conversationTypes.has(m.type)) items.push(toItem(ctx, source, m, bot.value.id));
    if (messages.length === want) {
      hasMore = true;
      break;
    }
  }
  return ok({ items, nextCursor: encodeCursor(next), hasMore });
}
