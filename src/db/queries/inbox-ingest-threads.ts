// Threading a page of inbox items into conversations: what the page's ids and references already
// point at (stored messages, watched published posts, conversations by thread key), then the new
// conversations and the touched ones' counters, one statement each.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

const param = <R, T>(rows: R[], pick: (r: R) => T) => sql.param(rows.map(pick));
const iso = (d: Date) => d.toISOString();

export type WatchedPost = { targetId: string; externalId: string; partIds: string[]; text: string; conversationId: string | null };

/** What a page's ids and references already point at, read in one round trip. */
export type PageFacts = {
  /** Messages of the channel (any kind) by external id -> their conversation (a merged one's survivor). */
  stored: Map<string, string>;
  /** Published targets of the channel whose replies are still gathered, that the references name (the post or a later part). */
  watched: WatchedPost[];
  /** Conversations of the channel by thread key -> id, among the keys asked for. */
  conversations: Map<string, string>;
  /** Where replies to published posts land (inbox_settings; 'community' when never set). */
  postRepliesHat: 'social' | 'community';
};

type FactRow = { kind: 'message' | 'post' | 'key'; ref: string; conversation_id: string | null; target_id: string | null; part_ids: string[] | null; text: string | null; hat: string | null };

/**
 * Messages and keys are looked up one index probe per reference (a LATERAL with LIMIT 1, which the
 * planner cannot turn into a scan): while a new channel's first backlog grows its tables faster
 * than autovacuum's statistics follow, `= any(array)` was planned as a scan of the whole channel
 * (3.6 ms a page of 100 at 10,000 messages, against 0.7 ms probed).
 */
export async function findPageFacts(db: Tx, input: { workspaceId: string; channelId: string; refs: string[]; keys: string[]; now: Date }): Promise<PageFacts> {
  const { workspaceId, channelId } = input;
  const refs = sql.param(input.refs);
  const rows = await selectRows<FactRow>(
    db,
    sql`select 'message' as kind, r.ref, m.conversation_id,
          null::uuid as target_id, null::jsonb as part_ids, null::text as text, null::text as hat
        from unnest(${refs}::text[]) as r(ref)
          cross join lateral (select coalesce(c.merged_into_id, c.id) as conversation_id from messages m join conversations c on c.id = m.conversation_id
            where m.channel_id = ${channelId} and m.external_id = r.ref limit 1) m
        union all
        select 'post', t.external_id,
          (select coalesce(c.merged_into_id, c.id) from conversations c where c.channel_id = ${channelId} and c.thread_key = 'post:' || t.id::text),
          t.id, t.part_ids, coalesce(t.text, p.text), (select s.post_replies_hat from inbox_settings s where s.workspace_id = ${workspaceId})
        from post_targets t join posts p on p.id = t.post_id
        where t.channel_id = ${channelId} and t.external_id is not null and t.watch_replies_until > ${iso(input.now)}::timestamptz
          and (t.external_id = any(${refs}::text[]) or jsonb_exists_any(t.part_ids, ${refs}::text[]))
        union all
        select 'key', k.key, c.id, null, null, null, null
        from unnest(${sql.param(input.keys)}::text[]) as k(key)
          cross join lateral (select coalesce(c.merged_into_id, c.id) as id from conversations c where c.channel_id = ${channelId} and c.thread_key = k.key limit 1) c`,
  );
  const facts: PageFacts = { stored: new Map(), watched: [], conversations: new Map(), postRepliesHat: 'community' };
  for (const r of rows) {
    if (r.kind === 'message') facts.stored.set(r.ref, r.conversation_id!);
    else if (r.kind === 'key') facts.conversations.set(r.ref, r.conversation_id!);
    else {
      facts.watched.push({ targetId: r.target_id!, externalId: r.ref, partIds: r.part_ids ?? [], text: r.text ?? '', conversationId: r.conversation_id });
      if (r.hat === 'social' || r.hat === 'community') facts.postRepliesHat = r.hat;
      if (r.conversation_id) facts.conversations.set(`post:${r.target_id}`, r.conversation_id);
    }
  }
  return facts;
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

/** What a page's new inbound messages bring to one conversation. */
export type ConversationTouch = {
  count: number;
  firstAt: Date;
  lastAt: Date;
  /** The newest message's scores. */
  sentiment: string;
  intents: string[];
};

/** A conversation the page opens, with its messages' counters already counted in. */
export type OpenedConversation = ConversationTouch & {
  id: string;
  threadKey: string;
  hat: 'social' | 'community';
  personId: string | null;
  postTargetId: string | null;
  subject: string | null;
};

export type WrittenConversations = {
  /** Thread key -> id of the conversations inserted (a key another writer took is left out). */
  opened: Map<string, string>;
  /** The existing conversations updated, with the status each had before. */
  touched: Array<{ id: string; previousStatus: string }>;
};

const touchColumns = <R extends ConversationTouch>(rows: R[]) => sql`${param(rows, (r) => r.count)}::int[], ${param(rows, (r) => iso(r.firstAt))}::timestamptz[],
  ${param(rows, (r) => iso(r.lastAt))}::timestamptz[], ${param(rows, (r) => r.sentiment)}::text[], ${param(rows, (r) => r.intents.join(','))}::text[]`;

/**
 * One statement for a page's conversations. New ones are inserted with their counters (never
 * written twice). Existing ones: counters and times follow the new messages, the latest scores
 * are the newest message's, the person waits from the first unanswered message, and a resolved
 * one, or a pending one (waiting on the person, who has now written), opens again. A snoozed one is left snoozed here: the caller wakes it (wakeConversation
 * records the wake), knowing it from the status returned.
 */
export async function writeConversations(db: Tx, workspaceId: string, channelId: string, input: { opened: OpenedConversation[]; touched: Array<ConversationTouch & { conversationId: string }> }, now: Date): Promise<WrittenConversations> {
  const { opened, touched } = input;
  if (opened.length === 0 && touched.length === 0) return { opened: new Map(), touched: [] };
  const touchedIds = param(touched, (r) => r.conversationId);
  const rows = await selectRows<{ kind: 'opened' | 'touched'; id: string; detail: string }>(
    db,
    sql`with opened as (
          insert into conversations (id, workspace_id, channel_id, thread_key, hat, person_id, post_target_id, subject,
            unread_count, last_message_at, last_inbound_at, waiting_since, sentiment, intents, created_at, updated_at)
          select u.id, ${workspaceId}::uuid, ${channelId}::uuid, u.thread_key, u.hat, u.person_id, u.post_target_id, u.subject,
            u.n, u.last_at, u.last_at, u.first_at, u.sentiment, string_to_array(u.intents, ','), ${iso(now)}::timestamptz, ${iso(now)}::timestamptz
          from unnest(${param(opened, (r) => r.id)}::uuid[], ${param(opened, (r) => r.threadKey)}::text[], ${param(opened, (r) => r.hat)}::text[],
            ${param(opened, (r) => r.personId)}::uuid[], ${param(opened, (r) => r.postTargetId)}::uuid[], ${param(opened, (r) => r.subject)}::text[],
            ${touchColumns(opened)}) as u(id, thread_key, hat, person_id, post_target_id, subject, n, first_at, last_at, sentiment, intents)
          on conflict (channel_id, thread_key) do nothing
          returning id, thread_key
        ),
        touched as (
          update conversations c set
            last_message_at = greatest(c.last_message_at, u.last_at),
            last_inbound_at = greatest(c.last_inbound_at, u.last_at),
            waiting_since = coalesce(c.waiting_since, u.first_at),
            unread_count = c.unread_count + u.n,
            sentiment = case when c.last_inbound_at is null or u.last_at >= c.last_inbound_at then u.sentiment else c.sentiment end,
            intents = case when c.last_inbound_at is null or u.last_at >= c.last_inbound_at then string_to_array(u.intents, ',') else c.intents end,
            status = case when c.status in ('resolved', 'pending') then 'open' else c.status end,
            resolved_at = case when c.status = 'resolved' then null else c.resolved_at end,
            updated_at = ${iso(now)}::timestamptz
          from unnest(${touchedIds}::uuid[], ${touchColumns(touched)}) as u(id, n, first_at, last_at, sentiment, intents)
            -- The row as it was before this statement: its status says whether the message reopened it.
            cross join lateral (select o.status from conversations o where o.id = u.id and o.workspace_id = ${workspaceId} limit 1) old
          -- By the ids themselves, not only the join: without statistics yet, a join was planned as a scan of the workspace.
          where c.id = any(${touchedIds}::uuid[]) and c.id = u.id
          returning c.id, old.status
        )
        select 'opened' as kind, id, thread_key as detail from opened
        union all
        select 'touched', id, status from touched`,
  );
  const result: WrittenConversations = { opened: new Map(), touched: [] };
  for (const r of rows) {
    if (r.kind === 'opened') result.opened.set(r.detail, r.id);
    else result.touched.push({ id: r.id, previousStatus: r.detail });
  }
  return result;
}
