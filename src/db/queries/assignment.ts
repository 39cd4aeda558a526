// What assignment reads and writes: the members round-robin may pick (their rows locked, so
// concurrent ingests never overshoot a cap), each member's open load, and the assignment itself.
import { and, asc, count, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { conversations, memberships, users, type Role } from '../schema/index.ts';
import type { Tx } from '../client.ts';

/** Statuses that do not weigh on a member: waiting on the person, set aside, or done. */
export const notLoadStatuses = ['pending', 'snoozed', 'resolved'];

export type AssignmentCandidate = { userId: string; hat: 'social' | 'community' | 'both'; openCap: number | null; lastAssignedAt: Date | null };

/**
 * Members in these roles who take conversations (available, not disabled), their membership rows
 * locked until the transaction ends, in id order (the same order in every transaction, so two
 * assigners queue up instead of deadlocking).
 */
export function lockAssignmentCandidates(db: Tx, workspaceId: string, roles: readonly Role[]): Promise<AssignmentCandidate[]> {
  return db
    .select({ userId: memberships.userId, hat: memberships.hat, openCap: memberships.openCap, lastAssignedAt: memberships.lastAssignedAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, [...roles]), eq(memberships.inboxAvailable, true), eq(users.isDisabled, false)))
    .orderBy(asc(memberships.id))
    .for('update', { of: memberships });
}

/** Open conversations per assignee (see notLoadStatuses), for these users. */
export async function countOpenByAssignee(db: Tx, workspaceId: string, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: conversations.assigneeId, n: count() })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.assigneeId, userIds), notInArray(conversations.status, notLoadStatuses), isNull(conversations.mergedIntoId)))
    .groupBy(conversations.assigneeId);
  return new Map(rows.map((r) => [r.userId!, r.n]));
}

/** Of these conversations, the unassigned open ones, locked, in id order. */
export function lockUnassignedOpen(db: Tx, workspaceId: string, ids: string[]): Promise<Array<{ id: string; hat: 'social' | 'community' }>> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: conversations.id, hat: conversations.hat })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, ids), isNull(conversations.assigneeId), eq(conversations.status, 'open'), isNull(conversations.mergedIntoId)))
    .orderBy(asc(conversations.id))
    .for('update');
}

/** Sets each conversation's assignee, only where it has none; returns the ids it assigned. */
export async function assignUnassigned(db: Tx, workspaceId: string, picks: Array<{ conversationId: string; userId: string }>, at: Date): Promise<string[]> {
  if (picks.length === 0) return [];
  const values = sql.join(picks.map((p) => sql`(${p.conversationId}::uuid, ${p.userId}::uuid)`), sql`, `);
  const rows = await db.execute(sql`update conversations c set assignee_id = v.user_id, updated_at = ${at.toISOString()}::timestamptz
    from (values ${values}) as v(id, user_id)
    where c.id = v.id and c.workspace_id = ${workspaceId}::uuid and c.assignee_id is null
    returning c.id`);
  return (rows as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
}

/** Moves each member along the rotation. */
export async function setLastAssigned(db: Tx, workspaceId: string, stamps: Array<{ userId: string; at: Date }>): Promise<void> {
  if (stamps.length === 0) return;
  const values = sql.join(stamps.map((s) => sql`(${s.userId}::uuid, ${s.at.toISOString()}::timestamptz)`), sql`, `);
  await db.execute(sql`update memberships m set last_assigned_at = v.at
    from (values ${values}) as v(user_id, at)
    where m.user_id = v.user_id and m.workspace_id = ${workspaceId}::uuid`);
}

export type InboxMember = { userId: string; name: string; email: string; role: Role; hat: 'social' | 'community' | 'both'; available: boolean; openCap: number | null; lastAssignedAt: Date | null };

/** Members in these roles (those who may answer), by name. */
export function listInboxMembers(db: Tx, workspaceId: string, roles: readonly Role[]): Promise<InboxMember[]> {
  return db
    .select({ userId: memberships.userId, name: users.name, email: users.email, role: memberships.role, hat: memberships.hat, available: memberships.inboxAvailable, openCap: memberships.openCap, lastAssignedAt: memberships.lastAssignedAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, [...roles]), eq(users.isDisabled, false)))
    .orderBy(asc(users.name), asc(memberships.userId));
}

export async function updateAvailability(db: Tx, workspaceId: string, userId: string, changes: { inboxAvailable?: boolean; openCap?: number | null }) {
  const [row] = await db
    .update(memberships)
    .set(changes)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId, role: memberships.role, available: memberships.inboxAvailable, openCap: memberships.openCap });
  return row;
}

/** The role of each of these users who is an active member of the workspace. */
export async function findMemberRoles(db: Tx, workspaceId: string, userIds: string[]): Promise<Map<string, Role>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds), eq(users.isDisabled, false)));
  return new Map(rows.map((r) => [r.userId, r.role]));
}
