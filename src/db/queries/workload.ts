// Workload snapshots: every member's open conversations at regular instants (for the chart), and
// the series read back in buckets.
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { conversations, memberships, users, workloadSnapshots, type Role } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { notLoadStatuses } from './assignment.ts';

export type MemberOpenCount = { workspaceId: string; userId: string; open: number };

/** Every active member in these roles, in every workspace, with their open conversations now (0 included). */
export async function countOpenForAllMembers(db: Tx, roles: readonly Role[]): Promise<MemberOpenCount[]> {
  const open = db
    .select({ workspaceId: conversations.workspaceId, assigneeId: conversations.assigneeId, n: sql<number>`count(*)::int`.as('n') })
    .from(conversations)
    .where(and(sql`${conversations.assigneeId} is not null`, sql`${conversations.status} not in (${sql.join(notLoadStatuses.map((s) => sql`${s}`), sql`, `)})`, sql`${conversations.mergedIntoId} is null`))
    .groupBy(conversations.workspaceId, conversations.assigneeId)
    .as('open');
  const rows = await db
    .select({ workspaceId: memberships.workspaceId, userId: memberships.userId, open: sql<number>`coalesce(${open.n}, 0)::int` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(open, and(eq(open.workspaceId, memberships.workspaceId), eq(open.assigneeId, memberships.userId)))
    .where(and(inArray(memberships.role, [...roles]), eq(users.isDisabled, false)));
  return rows;
}

/** Stores the snapshots; one taken at the same instant again is kept as it was. Returns how many are new. */
export async function insertWorkloadSnapshots(db: Tx, rows: Array<typeof workloadSnapshots.$inferInsert>): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1_000) {
    const done = await db.insert(workloadSnapshots).values(rows.slice(i, i + 1_000)).onConflictDoNothing({ target: [workloadSnapshots.workspaceId, workloadSnapshots.userId, workloadSnapshots.takenAt] }).returning({ id: workloadSnapshots.id });
    inserted += done.length;
  }
  return inserted;
}

export type WorkloadPoint = { userId: string; at: Date; open: number };

/** The highest open count of each member in each bucket of [from, to), oldest first. */
export async function workloadSeries(db: Tx, workspaceId: string, f: { from: Date; to: Date; bucketSeconds: number; userIds: string[] }): Promise<WorkloadPoint[]> {
  if (f.userIds.length === 0) return [];
  // A literal, not a parameter: the same expression must appear in the select and the group by.
  const seconds = sql.raw(String(Math.max(1, Math.trunc(f.bucketSeconds))));
  const bucket = sql<Date>`to_timestamp(floor(extract(epoch from ${workloadSnapshots.takenAt}) / ${seconds}) * ${seconds})`;
  const rows = await db
    .select({ userId: workloadSnapshots.userId, at: bucket.mapWith((v: string | Date) => new Date(v)), open: sql<number>`max(${workloadSnapshots.openCount})::int` })
    .from(workloadSnapshots)
    .where(and(eq(workloadSnapshots.workspaceId, workspaceId), inArray(workloadSnapshots.userId, f.userIds), gte(workloadSnapshots.takenAt, f.from), lt(workloadSnapshots.takenAt, f.to)))
    .groupBy(workloadSnapshots.userId, bucket)
    .orderBy(bucket);
  return rows;
}
