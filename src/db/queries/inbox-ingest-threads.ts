// Threading a page of inbox items into conversations: what the page's ids and references already
// point at (stored messages, watched published posts, conversations by thread key), then the new
// conversations and the touched ones' counters, one statement each.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

const param = <R, T>(rows: R[], pick: (r: R) => T) => sql.param(rows.map(pick));
const iso = (d: Date) => d.toISOString();

/** Messages of the channel (any kind) by external id -> their conversation (a merged one's survivor). */
export async function findMessageConversations(db: Tx, channelId: string, externalIds: string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await selectRows<{ external_id: string; conversation_id: string }>(
    db,
    sql`select m.external_id, coalesce(c.merged_into_id, c.id) as conversation_id
        from messages m join conversations c on c.id = m.conversation_id
        where m.channel_id = ${channelId} and m.external_id = any(${sql.param(externalIds)}::text[])`,
  );
  return new Map(rows.map((r) => [r.external_id, r.conversation_id]));
}

export type WatchedPost = { targetId: string; externalId: string; partIds: string[]; text: string };

/** Published targets of the channel whose replies are still gathered, among those these ids name (the post or a later part). */
export async function findWatchedPosts(db: Tx, channelId: string, refs: string[], now: Date): Promise<WatchedPost[]> {
  if (refs.length === 0) return [];
  const rows = await selectRows<{ id: string; external_id: string; part_ids: string[]; text: string }>(
    db,
    sql`select t.id, t.external_id, t.part_ids, coalesce(t.text, p.text) as text
        from post_targets t join posts p on p.id = t.post_id
        where t.channel_id = ${channelId} and t.external_id is not null and t.watch_replies_until > ${iso(now)}::timestamptz
          and (t.external_id = any(${sql.param(refs)}::text[]) or jsonb_exists_any(t.part_ids, ${sql.param(refs)}::text[]))`,
  );
  return rows.map((r) => ({ targetId: r.id, externalId: r.external_id, partIds: r.part_ids ?? [], text: r.text }));
}

/** Conversations of the channel by thread key -> id (a merged one's survivor). */
export async function findConversationsByKey(db: Tx, channelId: string, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await selectRows<{ thread_key: string; id: string }>(
    db,
    sql`select thread_key, coalesce(merged_into_id, id) as id from conversations where channel_id = ${channelId} and thread_key = any(${sql.param(keys)}::text[])`,
  );
  return new Map(rows.map((r) => [r.thread_key, r.id]));
}

export type NewConversationRow = {
  id: string;
  threadKey: string;
  hat: 'social' | 'community';
  personId: string | null;
  postTargetId: string | null;
  subject: string | null;
  startedAt: Date;
};

/** Inserts the conversations; returns thread key -> id of those inserted (a key another writer took is left out). */
export async function insertConversations(db: Tx, workspaceId: string, channelId: string, rows: NewConversationRow[], now: Date): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await selectRows<{ thread_key: string; id: string }>(
    db,
    sql`insert into conversations (id, workspace_id, channel_id, thread_key, hat, person_id, post_target_id, subject, last_message_at, created_at, updated_at)
        select u.id, ${workspaceId}::uuid, ${channelId}::uuid, u.thread_key, u.hat, u.person_id, u.post_target_id, u.subject, u.started_at,
          ${iso(now)}::timestamptz, ${iso(now)}::timestamptz
        from unnest(${param(rows, (r) => r.id)}::uuid[], ${param(rows, (r) => r.threadKey)}::text[], ${param(rows, (r) => r.hat)}::text[],
          ${param(rows, (r) => r.personId)}::uuid[], ${param(rows, (r) => r.postTargetId)}::uuid[], ${param(rows, (r) => r.subject)}::text[],
          ${param(rows, (r) => iso(r.startedAt))}::timestamptz[]) as u(id, thread_key, hat, person_id, post_target_id, subject, started_at)
        on conflict (channel_id, thread_key) do nothing
        returning thread_key, id`,
  );
  return new Map(inserted.map((r) => [r.thread_key, r.id]));
}

/** What a batch of new inbound messages does to one conversation. */
export type ConversationTouch = {
  conversationId: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
  /** The newest message's scores. */
  sentiment: string;
  intents: string[];
};

/**
 * Counters and times follow the new messages; the latest scores are the newest message's; the
 * person now waits (since the first unanswered message); and a resolved or snoozed conversation
 * opens again. Returns the touched conversations with the status each had before.
 */
export async function touchConversations(db: Tx, workspaceId: string, rows: ConversationTouch[], now: Date): Promise<Array<{ id: string; previousStatus: string }>> {
  if (rows.length === 0) return [];
  const touched = await selectRows<{ id: string; previous_status: string }>(
    db,
    sql`with before as (
          select c.id, c.status from conversations c
          where c.workspace_id = ${workspaceId} and c.id = any(${param(rows, (r) => r.conversationId)}::uuid[])
          for update
        )
        update conversations c set
          last_message_at = greatest(c.last_message_at, u.last_at),
          last_inbound_at = greatest(c.last_inbound_at, u.last_at),
          waiting_since = coalesce(c.waiting_since, u.first_at),
          unread_count = c.unread_count + u.n,
          sentiment = case when c.last_inbound_at is null or u.last_at >= c.last_inbound_at then u.sentiment else c.sentiment end,
          intents = case when c.last_inbound_at is null or u.last_at >= c.last_inbound_at then array(select jsonb_array_elements_text(u.intents)) else c.intents end,
          status = case when c.status in ('resolved', 'snoozed') then 'open' else c.status end,
          snoozed_until = case when c.status = 'snoozed' then null else c.snoozed_until end,
          resolved_at = case when c.status = 'resolved' then null else c.resolved_at end,
          updated_at = ${iso(now)}::timestamptz
        from unnest(${param(rows, (r) => r.conversationId)}::uuid[], ${param(rows, (r) => r.count)}::int[], ${param(rows, (r) => iso(r.firstAt))}::timestamptz[],
          ${param(rows, (r) => iso(r.lastAt))}::timestamptz[], ${param(rows, (r) => r.sentiment)}::text[], ${param(rows, (r) => JSON.stringify(r.intents))}::jsonb[])
          as u(id, n, first_at, last_at, sentiment, intents), before b
        where c.id = u.id and b.id = c.id
        returning c.id, b.status as previous_status`,
  );
  return touched.map((r) => ({ id: r.id, previousStatus: r.previous_status }));
}
