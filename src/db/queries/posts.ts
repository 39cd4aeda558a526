// Posts and their per-channel targets as the composer, the workflow and the calendar read and write
// them, always within one workspace. The engine's claim and hand-off writes live in post-targets.ts.
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { campaigns, channels, media, posts, postTargets, workspaces, type PostState, type TargetState } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

export type PostRow = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type PostChanges = Partial<Omit<NewPost, 'id' | 'workspaceId' | 'createdAt'>>;
export type TargetRow = typeof postTargets.$inferSelect;
export type NewTarget = typeof postTargets.$inferInsert;
export type TargetChanges = Partial<Pick<NewTarget, 'text' | 'media' | 'settings' | 'state' | 'scheduledAt' | 'updatedAt'>>;

/** A target with its channel's network and name beside it (and its stored limits, for validation). */
export type TargetView = TargetRow & { network: string; channelName: string; channelLimits: unknown };
export type PostWithTargets = PostRow & { targets: TargetView[] };

const postById = (workspaceId: string, postId: string) => and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId));

/** Inserts the post and its targets together; the caller holds the transaction. */
export async function insertPostWithTargets(db: Tx, post: NewPost, targets: NewTarget[]): Promise<PostWithTargets> {
  await db.insert(posts).values(post);
  if (targets.length > 0) await db.insert(postTargets).values(targets);
  return (await findPostWithTargets(db, post.workspaceId, post.id))!;
}

/** The targets of these posts with their channel's network and name, oldest channel first. */
export async function listTargetsOfPosts(db: Tx, workspaceId: string, postIds: string[]): Promise<TargetView[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .select({ target: postTargets, network: channels.network, channelName: channels.displayName, channelLimits: channels.limits })
    .from(postTargets)
    .innerJoin(channels, eq(channels.id, postTargets.channelId))
    .where(and(eq(postTargets.workspaceId, workspaceId), inArray(postTargets.postId, postIds)))
    .orderBy(asc(postTargets.createdAt), asc(postTargets.id));
  return rows.map((r) => ({ ...r.target, network: r.network, channelName: r.channelName, channelLimits: r.channelLimits }));
}

/** With `forUpdate`, the post row stays locked until the transaction ends (two edits never race). */
export async function findPostWithTargets(db: Tx, workspaceId: string, postId: string, opts: { forUpdate?: boolean } = {}): Promise<PostWithTargets | undefined> {
  const query = db.select().from(posts).where(postById(workspaceId, postId));
  const [post] = await (opts.forUpdate ? query.for('update') : query);
  if (!post) return undefined;
  return { ...post, targets: await listTargetsOfPosts(db, workspaceId, [postId]) };
}

export async function updatePostRow(db: Tx, workspaceId: string, postId: string, changes: PostChanges): Promise<PostRow | undefined> {
  const [row] = await db.update(posts).set(changes).where(postById(workspaceId, postId)).returning();
  return row;
}

export async function deletePostRow(db: Tx, workspaceId: string, postId: string): Promise<boolean> {
  const rows = await db.delete(posts).where(postById(workspaceId, postId)).returning({ id: posts.id });
  return rows.length > 0;
}

export async function insertTargets(db: Tx, targets: NewTarget[]): Promise<void> {
  if (targets.length > 0) await db.insert(postTargets).values(targets);
}

export async function updateTargetRow(db: Tx, workspaceId: string, targetId: string, changes: TargetChanges): Promise<void> {
  await db.update(postTargets).set(changes).where(and(eq(postTargets.id, targetId), eq(postTargets.workspaceId, workspaceId)));
}

export async function deleteTargets(db: Tx, workspaceId: string, targetIds: string[]): Promise<void> {
  if (targetIds.length === 0) return;
  await db.delete(postTargets).where(and(eq(postTargets.workspaceId, workspaceId), inArray(postTargets.id, targetIds)));
}

/** Scheduled targets of a post go back to pending (their jobs find them no longer due); others are left alone. */
export async function unscheduleTargetsOfPost(db: Tx, workspaceId: string, postId: string, now: Date): Promise<void> {
  await db
    .update(postTargets)
    .set({ state: 'pending', scheduledAt: null, updatedAt: now })
    .where(and(eq(postTargets.workspaceId, workspaceId), eq(postTargets.postId, postId), eq(postTargets.state, 'scheduled')));
}

/**
 * When a post sits on the calendar: its scheduled instant, or when its first target was published
 * (a post published at once has no scheduled_at).
 */
export const postTime = sql<Date | null>`coalesce(${posts.scheduledAt}, (select min(pt.published_at) from post_targets pt where pt.post_id = ${posts.id}))`;
const sortTime = sql`coalesce(${postTime}, ${posts.createdAt})`;

export type PostListFilter = {
  /** The calendar window [from, to) on the post's time; open-ended when either is missing. */
  from?: Date;
  to?: Date;
  /** Posts without any time (drafts not yet scheduled) are listed too, whatever the window. */
  includeUnscheduled?: boolean;
  channelId?: string;
  campaignId?: string;
  label?: string;
  states?: PostState[];
  /** The (sort time, id) of the last row of the previous page, ascending. */
  after?: { at: Date; id: string };
  limit: number;
};

/** Posts of the workspace in calendar order (earliest first, posts without a time by creation). */
export async function listPostsPage(db: Tx, workspaceId: string, f: PostListFilter): Promise<Array<PostRow & { sortAt: Date }>> {
  const where: SQL[] = [eq(posts.workspaceId, workspaceId)];
  const window: SQL[] = [];
  if (f.from) window.push(sql`${postTime} >= ${f.from.toISOString()}`);
  if (f.to) window.push(sql`${postTime} < ${f.to.toISOString()}`);
  if (window.length > 0) where.push(f.includeUnscheduled ? or(and(...window), sql`${postTime} is null`)! : and(...window)!);
  if (f.channelId) where.push(sql`exists (select 1 from post_targets ct where ct.post_id = ${posts.id} and ct.channel_id = ${f.channelId})`);
  if (f.campaignId) where.push(eq(posts.campaignId, f.campaignId));
  if (f.label) where.push(sql`${posts.labels} @> array[${f.label}]::text[]`);
  if (f.states?.length) where.push(inArray(posts.state, f.states));
  if (f.after) where.push(sql`(${sortTime}, ${posts.id}) > (${f.after.at.toISOString()}::timestamptz, ${f.after.id}::uuid)`);
  const rows = await db
    .select({ post: posts, sortAt: sql<string>`${sortTime}` })
    .from(posts)
    .where(and(...where))
    .orderBy(asc(sortTime), asc(posts.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.post, sortAt: new Date(r.sortAt) }));
}

/**
 * Targets a channel already has scheduled, publishing or published in [from, to), other than those
 * of `exceptPostId`: what counts against its daily cap.
 */
export async function countChannelTargetsBetween(db: Tx, channelId: string, from: Date, to: Date, exceptPostId?: string): Promise<number> {
  const when = sql`coalesce(${postTargets.publishedAt}, ${postTargets.scheduledAt})`;
  const states: TargetState[] = ['scheduled', 'publishing', 'published', 'needs_check'];
  const where: SQL[] = [eq(postTargets.channelId, channelId), inArray(postTargets.state, states), sql`${when} >= ${from.toISOString()}`, sql`${when} < ${to.toISOString()}`];
  if (exceptPostId) where.push(sql`${postTargets.postId} <> ${exceptPostId}`);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(postTargets).where(and(...where));
  return row?.n ?? 0;
}

/** The channels of the workspace among these ids, with what composing needs from each. */
export function findChannelsForCompose(db: Tx, workspaceId: string, channelIds: string[]) {
  if (channelIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: channels.id, network: channels.network, displayName: channels.displayName, status: channels.status, limits: channels.limits })
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, channelIds)));
}

export type MediaInfo = { id: string; mimeType: string; bytes: number; width: number | null; height: number | null; altText: string | null };

/** The workspace's media among these ids; ids of other workspaces are simply not found. */
export function findMediaInfo(db: Tx, workspaceId: string, mediaIds: string[]): Promise<MediaInfo[]> {
  if (mediaIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: media.id, mimeType: media.mimeType, bytes: media.bytes, width: media.width, height: media.height, altText: media.altText })
    .from(media)
    .where(and(eq(media.workspaceId, workspaceId), inArray(media.id, mediaIds)));
}

export async function findRequireAltText(db: Tx, workspaceId: string): Promise<boolean> {
  const [row] = await db.select({ requireAltText: workspaces.requireAltText }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.requireAltText ?? false;
}

/** Distinct labels in use on the workspace's posts, alphabetically, with how many posts carry each. */
export function listLabelsInUse(db: Tx, workspaceId: string): Promise<Array<{ label: string; posts: number }>> {
  return selectRows(db, sql`select l as label, count(*)::int as posts from ${posts}, unnest(${posts.labels}) as l where ${posts.workspaceId} = ${workspaceId} group by l order by lower(l), l`);
}

/** Whether the campaign belongs to the workspace (a post never points at another's campaign). */
export async function campaignExists(db: Tx, workspaceId: string, campaignId: string): Promise<boolean> {
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  return row !== undefined;
}
