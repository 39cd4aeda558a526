// A conversation with inbound messages inserted straight into the database, for the reply, note,
// saved-reply and presence tests (ingestion is another helper's part and is not needed here).
import type { Database } from '../../../../db/client.ts';
import { newId } from '../../../shared/ids.ts';

export type InboundInput = { externalId: string; text: string; authorHandle?: string; occurredAt?: Date };

export type ConversationInput = {
  workspaceId: string;
  channelId: string;
  /** Defaults to a public thread; "dm:<partner id>" for a direct conversation. */
  threadKey?: string;
  personName?: string | null;
  inbound?: InboundInput[];
};

export type ConversationFixture = { conversationId: string; personId: string | null; messageIds: string[] };

export async function insertTestConversation(database: Database, input: ConversationInput): Promise<ConversationFixture> {
  const inbound = input.inbound ?? [{ externalId: `ext-${newId()}`, text: 'Hello, is anyone there?' }];
  const times = inbound.map((m, i) => m.occurredAt ?? new Date(Date.now() - (inbound.length - i) * 60_000));
  const personId = input.personName === null ? null : newId();
  if (personId) await database.query(`insert into people (id, workspace_id, display_name) values ($1, $2, $3)`, [personId, input.workspaceId, input.personName ?? 'Dana Scully']);
  const conversationId = newId();
  const first = times[0] ?? new Date();
  const last = times.at(-1) ?? first;
  await database.query(
    `insert into conversations (id, workspace_id, channel_id, thread_key, hat, person_id, last_message_at, last_inbound_at, waiting_since, unread_count)
     values ($1, $2, $3, $4, 'community', $5, $6, $6, $7, $8)`,
    [conversationId, input.workspaceId, input.channelId, input.threadKey ?? `thread:${newId()}`, personId, last.toISOString(), first.toISOString(), inbound.length],
  );
  const messageIds: string[] = [];
  for (const [i, m] of inbound.entries()) {
    const id = newId();
    messageIds.push(id);
    await database.query(
      `insert into messages (id, workspace_id, conversation_id, channel_id, kind, external_id, person_id, author_handle, text, occurred_at)
       values ($1, $2, $3, $4, 'in', $5, $6, $7, $8, $9)`,
      [id, input.workspaceId, conversationId, input.channelId, m.externalId, personId, m.authorHandle ?? 'dana@example.social', m.text, times[i]!.toISOString()],
    );
  }
  return { conversationId, personId, messageIds };
}

export type StoredMessage = { id: string; kind: string; send_state: string | null; external_id: string | null; url: string | null; in_reply_to: string | null; error_kind: string | null; error_reason: string | null; send_attempts: number; send_at: Date | null; idempotency_key: string | null; mentions: string[] };

export async function readMessage(database: Database, id: string): Promise<StoredMessage> {
  const [row] = await database.query<StoredMessage>('select * from messages where id = $1', [id]);
  return row!;
}

export type StoredConversation = { id: string; status: string; last_message_at: Date; waiting_since: Date | null; first_response_at: Date | null; resolved_at: Date | null };

export async function readConversation(database: Database, id: string): Promise<StoredConversation> {
  const [row] = await database.query<StoredConversation>('select * from conversations where id = $1', [id]);
  return row!;
}

/** A reply row as createReply stores it (scheduled), for tests that need one on a channel that cannot reply. */
export async function insertTestReply(database: Database, input: { workspaceId: string; conversationId: string; channelId: string; userId?: string | null; text?: string; sendAt?: Date }): Promise<string> {
  const id = newId();
  const at = (input.sendAt ?? new Date(Date.now() + 3_600_000)).toISOString();
  await database.query(
    `insert into messages (id, workspace_id, conversation_id, channel_id, kind, user_id, text, send_state, send_at, idempotency_key, occurred_at)
     values ($1, $2, $3, $4, 'reply', $5, $6, 'scheduled', $7, $8, $7)`,
    [id, input.workspaceId, input.conversationId, input.channelId, input.userId ?? null, input.text ?? 'A scheduled reply', at, `tandem-reply-${id}`],
  );
  return id;
}
