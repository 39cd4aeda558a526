// Browser sessions, found by the hash of their cookie token.
import { and, eq, gt, ne } from 'drizzle-orm';
import { sessions, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewSession = typeof sessions.$inferInsert;

export async function insertSession(db: Tx, row: NewSession): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session behind a token hash, if unexpired at `now` and its user is not disabled. */
export async function findLiveSession(db: Tx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ sessionId: sessions.id, csrfToken: sessions.csrfToken, user: { id: users.id, email: users.email, name: users.name } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isDisabled, false)));
  return row;
}

export async function deleteSessionByTokenHash(db: Tx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of the user but one; returns how many ended. */
export async function deleteOtherSessions(db: Tx, userId: string, keepSessionId: string): Promise<number> {
  const ended = await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))).returning({ id: sessions.id });
  return ended.length;
}
