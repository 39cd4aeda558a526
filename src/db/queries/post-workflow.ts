// What the approval and scheduling workflow reads and writes beside the posts themselves (those are
// in posts.ts): approval steps, decisions per revision, who may approve, time zones, a channel's
// targets around a time (caps and rate limits), and a campaign's dates.
import { and, asc, eq, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { approvalSteps, campaigns, channels, memberships, postApprovals, posts, postTargets, users, workspaces, type TargetState } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type ApprovalStepRow = typeof approvalSteps.$inferSelect;
export type NewApprovalStep = typeof approvalSteps.$inferInsert;
export type ApprovalRow = typeof postApprovals.$inferSelect;
export type NewApproval = typeof postApprovals.$inferInsert;

const stepOrder = [sql`${approvalSteps.channelId} is not null`, asc(approvalSteps.channelId), asc(approvalSteps.position)];

/** Every step of the workspace: its own first, then each channel's, in position order. */
export function listApprovalSteps(db: Tx, workspaceId: string): Promise<ApprovalStepRow[]> {
  return db.select().from(approvalSteps).where(eq(approvalSteps.workspaceId, workspaceId)).orderBy(...stepOrder);
}

/** The steps a post on these channels goes through: the workspace's, then those of its channels. */
export function listStepsForChannels(db: Tx, workspaceId: string, channelIds: string[]): Promise<ApprovalStepRow[]> {
  const scope = channelIds.length > 0 ? or(isNull(approvalSteps.channelId), inArray(approvalSteps.channelId, channelIds)) : isNull(approvalSteps.channelId);
  return db.select().from(approvalSteps).where(and(eq(approvalSteps.workspaceId, workspaceId), scope)).orderBy(...stepOrder);
}

/** Replaces the workspace's steps: rows keep their id (so decisions stay attached), others go. */
export async function replaceApprovalSteps(db: Tx, workspaceId: string, rows: NewApprovalStep[]): Promise<void> {
  const keep = rows.map((r) => r.id!);
  const where: SQL[] = [eq(approvalSteps.workspaceId, workspaceId)];
  if (keep.length > 0) where.push(notInArray(approvalSteps.id, keep));
  await db.delete(approvalSteps).where(and(...where));
  for (const row of rows) {
    await db
      .insert(approvalSteps)
      .values(row)
      .onConflictDoUpdate({ target: approvalSteps.id, set: { channelId: row.channelId, position: row.position, name: row.name, mode: row.mode, approverIds: row.approverIds }, setWhere: eq(approvalSteps.workspaceId, workspaceId) });
  }
}

/** Which of these step ids belong to the workspace. */
export async function findStepIds(db: Tx, workspaceId: string, stepIds: string[]): Promise<string[]> {
  if (stepIds.length === 0) return [];
  const rows = await db.select({ id: approvalSteps.id }).from(approvalSteps).where(and(eq(approvalSteps.workspaceId, workspaceId), inArray(approvalSteps.id, stepIds)));
  return rows.map((r) => r.id);
}

/** Members of the workspace among these users, with their role. */
export function listMemberRoles(db: Tx, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ userId: memberships.userId, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
}

export async function insertApproval(db: Tx, row: NewApproval): Promise<ApprovalRow> {
  const [approval] = await db.insert(postApprovals).values(row).returning();
  return approval!;
}

/** Decisions on one revision of a post, oldest first. */
export function listApprovalsOf(db: Tx, workspaceId: string, postId: string, revision: number): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(postApprovals)
    .where(and(eq(postApprovals.workspaceId, workspaceId), eq(postApprovals.postId, postId), eq(postApprovals.revision, revision)))
    .orderBy(asc(postApprovals.createdAt), asc(postApprovals.id));
}

/** The zone a user plans in (null: the workspace's) and the workspace's own. */
export async function findTimeZones(db: Tx, workspaceId: string, userId: string | null): Promise<{ workspace: string; user: string | null }> {
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  let user: string | null = null;
  if (userId) [{ timeZone: user } = { timeZone: null }] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return { workspace: ws?.timeZone ?? 'UTC', user };
}

const busyStates: TargetState[] = ['scheduled', 'publishing', 'published', 'needs_check'];
const busyAt = sql<Date>`coalesce(${postTargets.publishedAt}, ${postTargets.scheduledAt})`;

/**
 * When each of these channels already has a target going out (or gone out) in [from, to), other
 * than the targets of `exceptPostId`: the daily cap, rate-limit windows and queue slots read it.
 */
export async function listBusyTimes(db: Tx, channelIds: string[], from: Date, to: Date, exceptPostId?: string): Promise<Array<{ channelId: string; at: Date }>> {
  if (channelIds.length === 0) return [];
  const where: SQL[] = [inArray(postTargets.channelId, channelIds), inArray(postTargets.state, busyStates), sql`${busyAt} >= ${from.toISOString()}`, sql`${busyAt} < ${to.toISOString()}`];
  if (exceptPostId) where.push(sql`${postTargets.postId} <> ${exceptPostId}`);
  const rows = await db.select({ channelId: postTargets.channelId, at: sql<string>`${busyAt}` }).from(postTargets).where(and(...where));
  return rows.map((r) => ({ channelId: r.channelId, at: new Date(r.at) }));
}

/**
 * Serialises planning on these channels until the transaction ends: two posts scheduled or queued
 * at once cannot both take a channel's last place in a day, a rate-limit window or a queue slot.
 * Sorted, so two transactions wanting the same channels never wait on each other in a circle.
 */
export async function lockChannelsForPlanning(db: Tx, channelIds: string[]): Promise<void> {
  for (const id of [...new Set(channelIds)].sort()) await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${id}`}, 0))`);
}

/** Sets every target of the post that is not already out to scheduled at this instant; returns their ids. */
export async function scheduleTargetsOfPost(db: Tx, workspaceId: string, postId: string, at: Date, now: Date): Promise<string[]> {
  const rows = await db
    .update(postTargets)
    .set({ state: 'scheduled', scheduledAt: at, updatedAt: now })
    .where(and(eq(postTargets.workspaceId, workspaceId), eq(postTargets.postId, postId), inArray(postTargets.state, ['pending', 'scheduled', 'cancelled'])))
    .returning({ id: postTargets.id });
  return rows.map((r) => r.id);
}

/** The occurrence already copied from a recurring post, if any (so scheduling twice copies once). */
export async function findNextOccurrence(db: Tx, workspaceId: string, postId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.recurrenceOf, postId)));
  return row?.id;
}

/**
 * Recurring posts, in any workspace, whose time has come in the last 30 days and whose next
 * occurrence does not exist yet. Series plainly over (count spent, until before the occurrence's
 * UTC date) are left out here; the few an exact local-date check ends are asked again until the
 * 30 days pass.
 */
export async function listSeriesToContinue(db: Tx, now: Date, limit: number): Promise<Array<{ id: string; workspaceId: string }>> {
  const monthAgo = new Date(now.getTime() - 30 * 24 * 3600_000);
  return db
    .select({ id: posts.id, workspaceId: posts.workspaceId })
    .from(posts)
    .where(
      and(
        sql`${posts.recurrence} is not null`,
        sql`${posts.scheduledAt} <= ${now.toISOString()}`,
        sql`${posts.scheduledAt} > ${monthAgo.toISOString()}`,
        sql`coalesce((${posts.recurrence}->>'count')::int, 2) > 1`,
        sql`coalesce(${posts.recurrence}->>'until', '9999') >= to_char(${posts.scheduledAt} at time zone 'UTC', 'YYYY-MM-DD')`,
        sql`not exists (select 1 from posts n where n.recurrence_of = ${posts.id})`,
      ),
    )
    .orderBy(asc(posts.scheduledAt))
    .limit(limit);
}

export async function findCampaignDates(db: Tx, workspaceId: string, campaignId: string) {
  const [row] = await db
    .select({ id: campaigns.id, name: campaigns.name, startsOn: campaigns.startsOn, endsOn: campaigns.endsOn })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, campaignId)));
  return row;
}

/** The channel, if it is the workspace's. */
export async function findWorkspaceChannel(db: Tx, workspaceId: string, channelId: string) {
  const [row] = await db.select({ id: channels.id, displayName: channels.displayName }).from(channels).where(and(eq(channels.workspaceId, workspaceId), eq(channels.id, channelId)));
  return row;
}
