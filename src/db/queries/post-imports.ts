// CSV imports of posts: the stored rows, the progress the job makes through them, and what the
// check of a row needs to know about the workspace (its channels, campaigns and time zone).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { campaigns, channels, postImports, posts, workspaces } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type PostImport = typeof postImports.$inferSelect;
export type NewPostImport = typeof postImports.$inferInsert;
export type PostImportChanges = Partial<Pick<NewPostImport, 'state' | 'processedRows' | 'createdPosts' | 'errors' | 'finishedAt'>>;

/** Everything but the stored rows, which can be large: what a progress bar polls. */
const summaryColumns = {
  id: postImports.id,
  workspaceId: postImports.workspaceId,
  createdBy: postImports.createdBy,
  fileName: postImports.fileName,
  state: postImports.state,
  totalRows: postImports.totalRows,
  processedRows: postImports.processedRows,
  createdPosts: postImports.createdPosts,
  errors: postImports.errors,
  createdAt: postImports.createdAt,
  finishedAt: postImports.finishedAt,
};
export type PostImportSummary = Omit<PostImport, 'rows'>;

const byId = (workspaceId: string, importId: string) => and(eq(postImports.id, importId), eq(postImports.workspaceId, workspaceId));

export async function insertPostImport(db: Tx, row: NewPostImport): Promise<PostImportSummary> {
  const [inserted] = await db.insert(postImports).values(row).returning(summaryColumns);
  return inserted!;
}

export async function findPostImport(db: Tx, workspaceId: string, importId: string): Promise<PostImportSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(postImports).where(byId(workspaceId, importId));
  return row;
}

export function listPostImports(db: Tx, workspaceId: string, limit: number): Promise<PostImportSummary[]> {
  return db.select(summaryColumns).from(postImports).where(eq(postImports.workspaceId, workspaceId)).orderBy(desc(postImports.createdAt), desc(postImports.id)).limit(limit);
}

/** Imports with rows left to create, oldest first: the job's work list, across workspaces. */
export function listUnfinishedImports(db: Tx, limit: number): Promise<Array<{ id: string; workspaceId: string }>> {
  return db
    .select({ id: postImports.id, workspaceId: postImports.workspaceId })
    .from(postImports)
    .where(inArray(postImports.state, ['queued', 'running']))
    .orderBy(asc(postImports.createdAt), asc(postImports.id))
    .limit(limit);
}

/**
 * The import with its rows, locked until the transaction ends; undefined when another worker
 * holds it (it is making progress on it, so this one moves on) or it is gone.
 */
export async function lockPostImport(db: Tx, importId: string): Promise<PostImportSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(postImports).where(eq(postImports.id, importId)).for('update', { skipLocked: true });
  return row;
}

/** One stored row by its position (0-based), without reading the others. */
export async function readImportRow(db: Tx, importId: string, index: number): Promise<Record<string, string> | undefined> {
  const [row] = await db.select({ cells: sql<Record<string, string> | null>`${postImports.rows} -> ${index}::int` }).from(postImports).where(eq(postImports.id, importId));
  return row?.cells ?? undefined;
}

/** Progress without a lock: where the job would start, to prepare media before taking it. */
export async function peekImportProgress(db: Tx, importId: string): Promise<{ workspaceId: string; createdBy: string | null; state: PostImport['state']; processedRows: number; totalRows: number } | undefined> {
  const [row] = await db
    .select({ workspaceId: postImports.workspaceId, createdBy: postImports.createdBy, state: postImports.state, processedRows: postImports.processedRows, totalRows: postImports.totalRows })
    .from(postImports)
    .where(eq(postImports.id, importId));
  return row;
}

export async function updatePostImport(db: Tx, importId: string, changes: PostImportChanges): Promise<void> {
  await db.update(postImports).set(changes).where(eq(postImports.id, importId));
}

/** What checking a row needs: every channel (names may repeat), campaigns and the zone. */
export async function loadImportWorkspace(db: Tx, workspaceId: string) {
  const [workspace] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const channelRows = await db
    .select({ id: channels.id, displayName: channels.displayName, network: channels.network, status: channels.status, limits: channels.limits })
    .from(channels)
    .where(eq(channels.workspaceId, workspaceId));
  const campaignRows = await db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(eq(campaigns.workspaceId, workspaceId));
  return { timeZone: workspace?.timeZone ?? 'UTC', channels: channelRows, campaigns: campaignRows };
}

/** The post a source already made for this reference (a CSV row, a feed entry), if any. */
export async function findPostIdBySource(db: Tx, workspaceId: string, source: 'csv' | 'rss', sourceRef: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.source, source), eq(posts.sourceRef, sourceRef)));
  return row?.id;
}

/** Marks a post as made from a source; the unique index refuses a second post for the same reference. */
export async function setPostSourceRef(db: Tx, workspaceId: string, postId: string, sourceRef: string): Promise<void> {
  await db.update(posts).set({ sourceRef }).where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId), sql`${posts.sourceRef} is null`));
}
