// Who is looking at or typing in a conversation, one row per (conversation, teammate), refreshed
// by a heartbeat. In the database, so every API process sees every other's teammates.
import { and, desc, eq, gte, lt, ne } from 'drizzle-orm';
import { conversationPresence, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type PresenceState = (typeof conversationPresence.$inferSelect)['state'];

export async function upsertPresence(db: Tx, row: { conversationId: string; userId: string; workspaceId: string; state: PresenceState; seenAt: Date }): Promise<void> {
  await db
    .insert(conversationPresence)
    .values(row)
    .onConflictDoUpdate({ target: [conversationPresence.conversationId, conversationPresence.userId], set: { state: row.state, seenAt: row.seenAt } });
}

export async function deletePresence(db: Tx, workspaceId: string, conversationId: string, userId: string): Promise<void> {
  await db.delete(conversationPresence).where(and(eq(conversationPresence.workspaceId, workspaceId), eq(conversationPresence.conversationId, conversationId), eq(conversationPresence.userId, userId)));
}

/** Rows of this conversation nobody refreshed since `before` (a tab closed without saying so). */
export async function deleteStalePresence(db: Tx, conversationId: string, before: Date): Promise<void> {
  await db.delete(conversationPresence).where(and(eq(conversationPresence.conversationId, conversationId), lt(conversationPresence.seenAt, before)));
}

/** The other teammates seen since `since`, most recent first. */
export function listPresence(db: Tx, workspaceId: string, conversationId: string, f: { since: Date; exceptUserId: string | null }) {
  const where = [eq(conversationPresence.workspaceId, workspaceId), eq(conversationPresence.conversationId, conversationId), gte(conversationPresence.seenAt, f.since)];
  if (f.exceptUserId) where.push(ne(conversationPresence.userId, f.exceptUserId));
  return db
    .select({ userId: conversationPresence.userId, name: users.name, state: conversationPresence.state, seenAt: conversationPresence.seenAt })
    .from(conversationPresence)
    .innerJoin(users, eq(users.id, conversationPresence.userId))
    .where(and(...where))
    .orderBy(desc(conversationPresence.seenAt));
}
