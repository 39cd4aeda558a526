// Who belongs to which workspace, with which role and hat.
import { and, asc, eq, sql } from 'drizzle-orm';
import { memberships, users, type Hat, type Role } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;

const inWorkspace = (workspaceId: string, userId: string) => and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));

export async function findMembership(db: Tx, workspaceId: string, userId: string): Promise<Membership | undefined> {
  const [row] = await db.select().from(memberships).where(inWorkspace(workspaceId, userId));
  return row;
}

export async function insertMembership(db: Tx, row: NewMembership): Promise<void> {
  await db.insert(memberships).values(row);
}

/** Inserts unless the user is already a member (then keeps the membership as it is). */
export async function insertMembershipIfAbsent(db: Tx, row: NewMembership): Promise<void> {
  await db.insert(memberships).values(row).onConflictDoNothing();
}

/** A member of the workspace by membership id, with their e-mail. */
export async function findMember(db: Tx, workspaceId: string, membershipId: string) {
  const [row] = await db
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, hat: memberships.hat, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.workspaceId, workspaceId)));
  return row;
}

/** Whether the workspace has a member with this e-mail (case-insensitive). */
export async function hasMemberWithEmail(db: Tx, workspaceId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), sql`lower(${users.email}) = lower(${email})`));
  return Boolean(row);
}

export async function countOwners(db: Tx, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
  return row!.n;
}

export function listMembersByName(db: Tx, workspaceId: string) {
  return db
    .select({ id: memberships.id, userId: users.id, name: users.name, email: users.email, role: memberships.role, hat: memberships.hat, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export async function updateMembershipRole(db: Tx, membershipId: string, role: Role, hat: Hat): Promise<void> {
  await db.update(memberships).set({ role, hat }).where(eq(memberships.id, membershipId));
}

export async function updateHat(db: Tx, workspaceId: string, userId: string, hat: Hat): Promise<Membership | undefined> {
  const [row] = await db.update(memberships).set({ hat }).where(inWorkspace(workspaceId, userId)).returning();
  return row;
}

export async function deleteMembership(db: Tx, membershipId: string): Promise<void> {
  await db.delete(memberships).where(eq(memberships.id, membershipId));
}
