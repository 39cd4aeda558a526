// Workspaces: the row itself, the list a user belongs to, and the settings jobs read.
import { asc, eq } from 'drizzle-orm';
import { memberships, workspaces } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type Workspace = typeof workspaces.$inferSelect;
export type NewWorkspace = typeof workspaces.$inferInsert;

export async function insertWorkspace(db: Tx, row: NewWorkspace): Promise<Workspace> {
  const [workspace] = await db.insert(workspaces).values(row).returning();
  return workspace!;
}

export async function findWorkspace(db: Tx, workspaceId: string): Promise<Workspace | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  return row;
}

export async function updateWorkspaceRow(db: Tx, workspaceId: string, patch: Partial<Pick<NewWorkspace, 'name' | 'timeZone' | 'auditRetentionDays' | 'requireAltText'>>): Promise<Workspace | undefined> {
  const [row] = await db.update(workspaces).set(patch).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}

/** The workspaces a user belongs to, with the role and hat they hold in each, by name. */
export function listWorkspacesOfUser(db: Tx, userId: string) {
  return db
    .select({ id: workspaces.id, name: workspaces.name, timeZone: workspaces.timeZone, role: memberships.role, hat: memberships.hat })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export async function listWorkspaceIds(db: Tx): Promise<string[]> {
  const rows = await db.select({ id: workspaces.id }).from(workspaces);
  return rows.map((r) => r.id);
}

/** Deletes the workspace, which cascades to everything in it; users stay, they may belong elsewhere. */
export async function deleteWorkspace(db: Tx, workspaceId: string): Promise<void> {
  await db.delete(workspaces).where(eq(workspaces.id, workspaceId));
}
