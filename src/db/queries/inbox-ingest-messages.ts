// A page's inbound messages and their activities in one statement: the page's rows as one JSON
// parameter (JSON.stringify is native, where node-postgres escapes each element of an array
// parameter in JavaScript; a VALUES list costs more still, see insert-activities.ts), the
// activities inserted in a CTE, the messages from the same rows with the activity ids it
// returned. The activity's data is built by PostgreSQL, so the text travels once.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

const iso = (d: Date) => d.toISOString();

export type InboundMessageRow = {
  id: string;
  activityId: string;
  conversationId: string;
  /** The item's kind (mention, reply ...) and the activity type it is logged as. */
  kind: string;
  activityType: string;
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
  occurredAt: Date;
};

/** A row as its JSON record, keyed by the columns json_to_recordset reads. */
const recordOf = (r: InboundMessageRow) => ({
  id: r.id,
  activity_id: r.activityId,
  conversation_id: r.conversationId,
  kind: r.kind,
  activity_type: r.activityType,
  external_id: r.externalId,
  in_reply_to: r.inReplyTo,
  person_id: r.personId,
  author_handle: r.authorHandle,
  text: r.text,
  url: r.url,
  sentiment: r.sentiment,
  sentiment_score: r.sentimentScore,
  language: r.language,
  intents: r.intents,
  occurred_at: r.occurredAt,
});

/**
 * Stores each activity once per (channel, type, external id): one already there (the webhook
 * receiver records its events as they arrive) keeps its data and gains the conversation id.
 * Messages are kind 'in', once per (channel, external id). Returns the message ids inserted.
 */
export async function insertInboundMessages(db: Tx, workspaceId: string, channelId: string, rows: InboundMessageRow[], now: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await selectRows<{ id: string }>(
    db,
    sql`with u as (
          select * from json_to_recordset(${JSON.stringify(rows.map(recordOf))}::json)
            as u(id uuid, activity_id uuid, conversation_id uuid, kind text, activity_type text, external_id text, in_reply_to text, person_id uuid,
              author_handle text, text text, url text, sentiment text, sentiment_score real, language text, intents text[], occurred_at timestamptz)
        ),
        a as (
          insert into activities as a (id, workspace_id, person_id, channel_id, type, external_id, occurred_at, data, created_at)
          select u.activity_id, ${workspaceId}::uuid, u.person_id, ${channelId}::uuid, u.activity_type, u.external_id, u.occurred_at,
            jsonb_strip_nulls(jsonb_build_object('kind', u.kind, 'text', u.text, 'url', u.url, 'conversationId', u.conversation_id)), ${iso(now)}::timestamptz
          from u
          on conflict (channel_id, type, external_id) do update
            set data = a.data || jsonb_build_object('conversationId', excluded.data -> 'conversationId'), person_id = coalesce(a.person_id, excluded.person_id)
          returning a.id, a.external_id
        )
        insert into messages (id, workspace_id, conversation_id, channel_id, kind, external_id, in_reply_to, person_id, author_handle, text, url,
          sentiment, sentiment_score, language, intents, activity_id, occurred_at, created_at)
        select u.id, ${workspaceId}::uuid, u.conversation_id, ${channelId}::uuid, 'in', u.external_id, u.in_reply_to, u.person_id, u.author_handle, u.text, u.url,
          u.sentiment, u.sentiment_score, u.language, u.intents, a.id, u.occurred_at, ${iso(now)}::timestamptz
        from u left join a on a.external_id = u.external_id
        on conflict (channel_id, external_id) where external_id is not null do nothing
        returning id`,
  );
  return new Set(inserted.map((r) => r.id));
}
