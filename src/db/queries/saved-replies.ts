// Saved replies of a workspace: canned answers typed after "/" in the reply box. Shortcuts are
// unique per workspace whatever their case (the saved_replies_shortcut index).
import { and, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { savedReplies } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { escapeLike } from './like.ts';

export type SavedReply = typeof savedReplies.$inferSelect;
export type NewSavedReply = typeof savedReplies.$inferInsert;

const ofWorkspace = (workspaceId: string, id: string) => and(eq(savedReplies.workspaceId, workspaceId), eq(savedReplies.id, id));

/** By shortcut; `q` matches the name or the shortcut. */
export function listSavedReplies(db: Tx, workspaceId: string, f: { q?: string; limit: number }): Promise<SavedReply[]> {
  const where = [eq(savedReplies.workspaceId, workspaceId)];
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    where.push(or(ilike(savedReplies.name, pattern), ilike(savedReplies.shortcut, pattern))!);
  }
  return db.select().from(savedReplies).where(and(...where)).orderBy(asc(sql`lower(${savedReplies.shortcut})`)).limit(f.limit);
}

export async function findSavedReply(db: Tx, workspaceId: string, id: string): Promise<SavedReply | undefined> {
  const [row] = await db.select().from(savedReplies).where(ofWorkspace(workspaceId, id));
  return row;
}

/** Whether another saved reply of the workspace has this shortcut (case-insensitive). */
export async function shortcutTaken(db: Tx, workspaceId: string, shortcut: string, exceptId?: string): Promise<boolean> {
  const where = [eq(savedReplies.workspaceId, workspaceId), eq(sql`lower(${savedReplies.shortcut})`, shortcut.toLowerCase())];
  if (exceptId) where.push(ne(savedReplies.id, exceptId));
  const [row] = await db.select({ id: savedReplies.id }).from(savedReplies).where(and(...where)).limit(1);
  return row !== undefined;
}

/** Undefined when the shortcut was taken in the meantime (the unique index). */
export async function insertSavedReply(db: Tx, row: NewSavedReply): Promise<SavedReply | undefined> {
  const [inserted] = await db.insert(savedReplies).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateSavedReply(db: Tx, workspaceId: string, id: string, changes: Partial<Pick<NewSavedReply, 'name' | 'shortcut' | 'body' | 'updatedAt'>>): Promise<SavedReply | undefined> {
  const [row] = await db.update(savedReplies).set(changes).where(ofWorkspace(workspaceId, id)).returning();
  return row;
}

export async function deleteSavedReply(db: Tx, workspaceId: string, id: string): Promise<SavedReply | undefined> {
  const [row] = await db.delete(savedReplies).where(ofWorkspace(workspaceId, id)).returning();
  return row;
}
