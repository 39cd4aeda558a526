// A page's activities and inbound messages, one INSERT ... SELECT FROM unnest() each (see
// insert-activities.ts for why arrays rather than a VALUES list).
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

const param = <R, T>(rows: R[], pick: (r: R) => T) => sql.param(rows.map(pick));
const iso = (d: Date) => d.toISOString();

export type InboundActivityRow = {
  id: string;
  personId: string | null;
  type: string;
  externalId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
};

/**
 * Stores each activity once per (channel, type, external id). One already there (the webhook
 * receiver records its events as they arrive) keeps its data and gains the conversation id, so
 * the timeline can link to it. Returns external id -> activity id for every row of the batch.
 */
export async function upsertInboundActivities(db: Tx, workspaceId: string, channelId: string, rows: InboundActivityRow[], now: Date): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const stored = await selectRows<{ id: string; external_id: string }>(
    db,
    sql`insert into activities as a (id, workspace_id, person_id, channel_id, type, external_id, occurred_at, data, created_at)
        select u.id, ${workspaceId}::uuid, u.person_id, ${channelId}::uuid, u.type, u.external_id, u.occurred_at, u.data, ${iso(now)}::timestamptz
        from unnest(${param(rows, (r) => r.id)}::uuid[], ${param(rows, (r) => r.personId)}::uuid[], ${param(rows, (r) => r.type)}::text[],
          ${param(rows, (r) => r.externalId)}::text[], ${param(rows, (r) => iso(r.occurredAt))}::timestamptz[], ${param(rows, (r) => JSON.stringify(r.data))}::jsonb[])
          as u(id, person_id, type, external_id, occurred_at, data)
        on conflict (channel_id, type, external_id) do update
          set data = a.data || jsonb_build_object('conversationId', excluded.data -> 'conversationId'), person_id = coalesce(a.person_id, excluded.person_id)
        returning a.id, a.external_id`,
  );
  return new Map(stored.map((r) => [r.external_id, r.id]));
}

export type InboundMessageRow = {
  id: string;
  conversationId: string;
  externalId: string;
  inReplyTo: string | null;
  personId: string | null;
  authorHandle: string;
  text: string;
  url: string | null;
  sentiment: string;
  sentimentScore: number;
  language: string | null;
  intents: string[];
  activityId: string | null;
  occurredAt: Date;
};

/** Inserts kind 'in' messages, skipping any external id the channel holds already; returns the ids inserted. */
export async function insertInboundMessages(db: Tx, workspaceId: string, channelId: string, rows: InboundMessageRow[], now: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await selectRows<{ id: string }>(
    db,
    sql`insert into messages (id, workspace_id, conversation_id, channel_id, kind, external_id, in_reply_to, person_id, author_handle, text, url,
          sentiment, sentiment_score, language, intents, activity_id, occurred_at, created_at)
        select u.id, ${workspaceId}::uuid, u.conversation_id, ${channelId}::uuid, 'in', u.external_id, u.in_reply_to, u.person_id, u.author_handle, u.text, u.url,
          u.sentiment, u.sentiment_score, u.language, array(select jsonb_array_elements_text(u.intents)), u.activity_id, u.occurred_at, ${iso(now)}::timestamptz
        from unnest(${param(rows, (r) => r.id)}::uuid[], ${param(rows, (r) => r.conversationId)}::uuid[], ${param(rows, (r) => r.externalId)}::text[],
          ${param(rows, (r) => r.inReplyTo)}::text[], ${param(rows, (r) => r.personId)}::uuid[], ${param(rows, (r) => r.authorHandle)}::text[],
          ${param(rows, (r) => r.text)}::text[], ${param(rows, (r) => r.url)}::text[], ${param(rows, (r) => r.sentiment)}::text[],
          ${param(rows, (r) => r.sentimentScore)}::real[], ${param(rows, (r) => r.language)}::text[], ${param(rows, (r) => JSON.stringify(r.intents))}::jsonb[],
          ${param(rows, (r) => r.activityId)}::uuid[], ${param(rows, (r) => iso(r.occurredAt))}::timestamptz[])
          as u(id, conversation_id, external_id, in_reply_to, person_id, author_handle, text, url, sentiment, sentiment_score, language, intents, activity_id, occurred_at)
        on conflict (channel_id, external_id) where external_id is not null do nothing
        returning id`,
  );
  return new Set(inserted.map((r) => r.id));
}
