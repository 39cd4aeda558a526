// Uploaded media rows, always within one workspace. The bytes are in the media store.
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { media, posts, postTargets } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';

export type MediaRow = typeof media.$inferSelect;
export type NewMediaRow = typeof media.$inferInsert;

const byId = (workspaceId: string, mediaId: string) => and(eq(media.id, mediaId), eq(media.workspaceId, workspaceId));

export async function insertMedia(db: Tx, row: NewMediaRow): Promise<MediaRow> {
  const [inserted] = await db.insert(media).values(row).returning();
  return inserted!;
}

export async function findMedia(db: Tx, workspaceId: string, mediaId: string): Promise<MediaRow | undefined> {
  const [row] = await db.select().from(media).where(byId(workspaceId, mediaId));
  return row;
}

/** The workspace's media among these ids (in no particular order; missing ids are left out). */
export function findMediaByIds(db: Tx, workspaceId: string, mediaIds: string[]): Promise<MediaRow[]> {
  if (mediaIds.length === 0) return Promise.resolve([]);
  return db.select().from(media).where(and(eq(media.workspaceId, workspaceId), inArray(media.id, mediaIds)));
}

export function listMediaPage(db: Tx, workspaceId: string, f: PageWindow): Promise<MediaRow[]> {
  const where = [eq(media.workspaceId, workspaceId)];
  const after = afterPosition(f.after, media.createdAt, media.id);
  if (after) where.push(after);
  return db.select().from(media).where(and(...where)).orderBy(desc(media.createdAt), desc(media.id)).limit(f.limit);
}

export async function updateMediaAltText(db: Tx, workspaceId: string, mediaId: string, altText: string | null): Promise<MediaRow | undefined> {
  const [row] = await db.update(media).set({ altText }).where(byId(workspaceId, mediaId)).returning();
  return row;
}

export async function deleteMediaRow(db: Tx, workspaceId: string, mediaId: string): Promise<void> {
  await db.delete(media).where(byId(workspaceId, mediaId));
}

/** Whether another media row still points at the same stored bytes (then they must stay). */
export async function storageKeyInUse(db: Tx, storageKey: string, exceptMediaId?: string): Promise<boolean> {
  const where = [eq(media.storageKey, storageKey)];
  if (exceptMediaId) where.push(ne(media.id, exceptMediaId));
  const [row] = await db.select({ id: media.id }).from(media).where(and(...where)).limit(1);
  return row !== undefined;
}

/** Locks the stored bytes' key for this transaction, so an upload and a delete of the same bytes take turns. */
export async function lockStorageKey(db: Tx, storageKey: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${storageKey}, 0))`);
}

/**
 * Targets waiting to publish (scheduled or publishing) whose media (their own, else their post's)
 * or whose post's thread name this media id: they must not lose it.
 */
export async function findScheduledUsesOfMedia(db: Tx, workspaceId: string, mediaId: string): Promise<{ postId: string; targetId: string }[]> {
  const attached = sql`jsonb_build_array(jsonb_build_object('mediaId', ${mediaId}::text))`;
  return db
    .select({ postId: postTargets.postId, targetId: postTargets.id })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .where(
      and(
        eq(postTargets.workspaceId, workspaceId),
        inArray(postTargets.state, ['scheduled', 'publishing']),
        sql`(coalesce(${postTargets.media}, ${posts.media}) @> ${attached}
          or jsonb_path_exists(${posts.thread}, '$[*].mediaIds[*] ? (@ == $id)', jsonb_build_object('id', ${mediaId}::text)))`,
      ),
    );
}
