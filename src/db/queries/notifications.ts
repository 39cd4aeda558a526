// In-app notifications, always for one user in one workspace, and what the post-failure
// notification reads about the failed target. E-mail copies are claimed here by emailed_at.
import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { approvalSteps, channels, memberships, notifications, postApprovals, posts, postTargets, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import type { Role } from '../schema/index.ts';
import { afterPosition, type PageWindow } from './keyset.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

/** Inserts those not already there (same user and dedup key) and returns only the new ones. */
export function insertNotifications(db: Tx, rows: NewNotificationRow[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insert(notifications).values(rows).onConflictDoNothing({ target: [notifications.userId, notifications.dedupKey] }).returning();
}

const mine = (workspaceId: string, userId: string) => and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));

export function listNotificationsPage(db: Tx, workspaceId: string, userId: string, f: PageWindow & { unreadOnly?: boolean }): Promise<NotificationRow[]> {
  const where = [mine(workspaceId, userId)!];
  if (f.unreadOnly) where.push(isNull(notifications.readAt));
  const after = afterPosition(f.after, notifications.createdAt, notifications.id);
  if (after) where.push(after);
  return db.select().from(notifications).where(and(...where)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(f.limit);
}

export async function countUnreadNotifications(db: Tx, workspaceId: string, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(mine(workspaceId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's own notifications read (a first read keeps its time); undefined when not theirs. */
export async function markNotificationRead(db: Tx, workspaceId: string, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(mine(workspaceId, userId), eq(notifications.id, id)))
    .returning();
  return row;
}

export async function markAllNotificationsRead(db: Tx, workspaceId: string, userId: string, at: Date): Promise<number> {
  const rows = await db.update(notifications).set({ readAt: at }).where(and(mine(workspaceId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
  return rows.length;
}

export type EmailToSend = NotificationRow & { email: string; name: string; role: Role };

/**
 * Claims up to `limit` notifications not yet e-mailed, created after `since`, by setting
 * emailed_at before anything is sent: two workers never take the same one, and a retried job
 * never sends one twice. Disabled users and people who left the workspace are skipped (and
 * claimed, so they are not looked at again).
 */
export async function claimNotificationEmails(db: Tx, f: { since: Date; at: Date; limit: number }): Promise<EmailToSend[]> {
  const due = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(isNull(notifications.emailedAt), gt(notifications.createdAt, f.since)))
    .orderBy(asc(notifications.createdAt))
    .limit(f.limit)
    .for('update', { skipLocked: true });
  const claimed = await db.update(notifications).set({ emailedAt: f.at }).where(inArray(notifications.id, due)).returning();
  if (claimed.length === 0) return [];
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name, workspaceId: memberships.workspaceId, role: memberships.role })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(inArray(users.id, claimed.map((n) => n.userId)), inArray(memberships.workspaceId, claimed.map((n) => n.workspaceId)), eq(users.isDisabled, false)));
  const byMember = new Map(people.map((p) => [`${p.workspaceId}:${p.id}`, p]));
  return claimed.flatMap((n) => {
    const person = byMember.get(`${n.workspaceId}:${n.userId}`);
    return person ? [{ ...n, email: person.email, name: person.name, role: person.role }] : [];
  });
}

/** Gives a claimed e-mail back after a failure worth retrying, so a later run sends it. */
export async function releaseNotificationEmail(db: Tx, id: string): Promise<void> {
  await db.update(notifications).set({ emailedAt: null }).where(eq(notifications.id, id));
}

/** The failed target with its post and channel, within the workspace. */
export async function findFailedTarget(db: Tx, workspaceId: string, targetId: string) {
  const [row] = await db
    .select({
      targetId: postTargets.id,
      attempts: postTargets.attempts,
      state: postTargets.state,
      errorKind: postTargets.errorKind,
      errorReason: postTargets.errorReason,
      channelId: channels.id,
      channelName: channels.displayName,
      network: channels.network,
      postId: posts.id,
      authorId: posts.authorId,
      revision: posts.revision,
      text: sql<string>`coalesce(${postTargets.text}, ${posts.text})`,
    })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .innerJoin(channels, eq(channels.id, postTargets.channelId))
    .where(and(eq(postTargets.workspaceId, workspaceId), eq(postTargets.id, targetId)));
  return row;
}

/** Everyone who approved this revision of the post, and the approvers of every step that applies to the channel. */
export async function findPostApproverIds(db: Tx, workspaceId: string, postId: string, revision: number, channelId: string): Promise<string[]> {
  const decided = await db
    .select({ userId: postApprovals.userId })
    .from(postApprovals)
    .where(and(eq(postApprovals.workspaceId, workspaceId), eq(postApprovals.postId, postId), eq(postApprovals.revision, revision), eq(postApprovals.decision, 'approved')));
  const steps = await db
    .select({ approverIds: approvalSteps.approverIds })
    .from(approvalSteps)
    .where(and(eq(approvalSteps.workspaceId, workspaceId), or(isNull(approvalSteps.channelId), eq(approvalSteps.channelId, channelId))));
  return [...decided.flatMap((d) => (d.userId ? [d.userId] : [])), ...steps.flatMap((s) => s.approverIds)];
}

/** Which of these users are members of the workspace and not disabled. */
export async function filterActiveMembers(db: Tx, workspaceId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds), eq(users.isDisabled, false)));
  return rows.map((r) => r.userId);
}
