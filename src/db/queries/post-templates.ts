// Saved templates of the composer: text, labels and channels, by name (unique per workspace, any case).
import { and, asc, eq, sql } from 'drizzle-orm';
import { postTemplates } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type PostTemplate = typeof postTemplates.$inferSelect;
export type NewPostTemplate = typeof postTemplates.$inferInsert;

/** Undefined when a template of that name (in any case) already exists. */
export async function insertPostTemplate(db: Tx, row: NewPostTemplate): Promise<PostTemplate | undefined> {
  const [template] = await db.insert(postTemplates).values(row).onConflictDoNothing().returning();
  return template;
}

export function listPostTemplates(db: Tx, workspaceId: string): Promise<PostTemplate[]> {
  return db.select().from(postTemplates).where(eq(postTemplates.workspaceId, workspaceId)).orderBy(asc(sql`lower(${postTemplates.name})`), asc(postTemplates.id));
}

export async function deletePostTemplate(db: Tx, workspaceId: string, templateId: string): Promise<PostTemplate | undefined> {
  const [row] = await db.delete(postTemplates).where(and(eq(postTemplates.id, templateId), eq(postTemplates.workspaceId, workspaceId))).returning();
  return row;
}
