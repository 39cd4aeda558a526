// The conversation events reports sum (first_response, reply, resolution, sla_warning, sla_breach,
// assigned, rule_applied ...). An event with a dedup key is stored once per conversation.
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { conversationEvents } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type ConversationEventRow = typeof conversationEvents.$inferSelect;
export type NewConversationEventRow = typeof conversationEvents.$inferInsert;

/** Inserts those not stored yet (same conversation and dedup key) and returns only the new ones. */
export function insertConversationEvents(db: Tx, rows: NewConversationEventRow[]): Promise<ConversationEventRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insert(conversationEvents)
    .values(rows)
    .onConflictDoNothing({ target: [conversationEvents.conversationId, conversationEvents.dedupKey], where: sql`${conversationEvents.dedupKey} is not null` })
    .returning();
}

export function listConversationEvents(db: Tx, workspaceId: string, conversationId: string, types?: string[]): Promise<ConversationEventRow[]> {
  const where = [eq(conversationEvents.workspaceId, workspaceId), eq(conversationEvents.conversationId, conversationId)];
  if (types) where.push(inArray(conversationEvents.type, types));
  return db.select().from(conversationEvents).where(and(...where)).orderBy(conversationEvents.occurredAt, conversationEvents.id);
}

export type EventTotals = { type: string; kind: string | null; count: number; sumSeconds: number | null; sumBusinessSeconds: number | null; valued: number };

/** Counts and sums per event type (and data.kind for SLA warnings and breaches) over [from, to). */
export async function sumConversationEvents(db: Tx, workspaceId: string, types: string[], from: Date, to: Date): Promise<EventTotals[]> {
  const kind = sql<string | null>`${conversationEvents.data}->>'kind'`;
  const rows = await db
    .select({
      type: conversationEvents.type,
      kind,
      count: sql<number>`count(*)::int`,
      valued: sql<number>`count(${conversationEvents.valueSeconds})::int`,
      sumSeconds: sql<string | null>`sum(${conversationEvents.valueSeconds})`,
      sumBusinessSeconds: sql<string | null>`sum(${conversationEvents.businessSeconds})`,
    })
    .from(conversationEvents)
    .where(and(eq(conversationEvents.workspaceId, workspaceId), inArray(conversationEvents.type, types), gte(conversationEvents.occurredAt, from), lt(conversationEvents.occurredAt, to)))
    .groupBy(conversationEvents.type, kind);
  const num = (v: string | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({ ...r, sumSeconds: num(r.sumSeconds), sumBusinessSeconds: num(r.sumBusinessSeconds) }));
}
