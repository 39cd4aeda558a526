// Single activities and the activity list. Batched ingestion writes through insert-activities.ts.
import { and, eq, type SQL } from 'drizzle-orm';
import { activities } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, newestFirst, type PageWindow } from './keyset.ts';

export type Activity = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;

/** Inserts the activity unless its (channel, type, external id) is stored already; returns it if new. */
export async function insertActivityIfNew(db: Tx, row: NewActivityRow): Promise<Activity | undefined> {
  const [inserted] = await db
    .insert(activities)
    .values(row)
    .onConflictDoNothing({ target: [activities.channelId, activities.type, activities.externalId] })
    .returning();
  return inserted;
}

export async function findActivityByExternalId(db: Tx, key: { channelId: string; type: string; externalId: string }): Promise<Activity | undefined> {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.channelId, key.channelId), eq(activities.type, key.type), eq(activities.externalId, key.externalId)));
  return row;
}

/** The workspace's activities, most recent first, optionally of one person. */
export function listActivityPage(db: Tx, workspaceId: string, f: PageWindow & { personId?: string }): Promise<Activity[]> {
  const where: SQL[] = [eq(activities.workspaceId, workspaceId)];
  if (f.personId) where.push(eq(activities.personId, f.personId));
  const after = afterPosition(f.after, activities.occurredAt, activities.id);
  if (after) where.push(after);
  return db
    .select()
    .from(activities)
    .where(and(...where))
    .orderBy(...newestFirst(activities.occurredAt, activities.id))
    .limit(f.limit);
}
