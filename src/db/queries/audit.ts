// The audit log: writing entries, listing a workspace's newest first, and deleting expired ones.
import { and, desc, eq, gte, ilike, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { auditEntries } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';
import { escapeLike } from './like.ts';

export type AuditEntry = typeof auditEntries.$inferSelect;
export type NewAuditEntry = typeof auditEntries.$inferInsert;

export async function insertAuditEntry(db: Tx, row: NewAuditEntry): Promise<void> {
  await db.insert(auditEntries).values(row);
}

export type AuditPageFilter = PageWindow & {
  action?: string;
  /** Actions starting with this text (case-insensitive; not escaped, as `action.*` always was). */
  actionPrefix?: string;
  /** Actor labels containing this text, case-insensitive. */
  actorContains?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
};

export function listAuditPage(db: Tx, workspaceId: string, f: AuditPageFilter): Promise<AuditEntry[]> {
  const where: SQL[] = [eq(auditEntries.workspaceId, workspaceId)];
  if (f.action) where.push(eq(auditEntries.action, f.action));
  if (f.actionPrefix) where.push(ilike(auditEntries.action, `${f.actionPrefix}%`));
  if (f.actorContains) where.push(ilike(auditEntries.actorLabel, `%${escapeLike(f.actorContains)}%`));
  if (f.targetType) where.push(eq(auditEntries.targetType, f.targetType));
  if (f.targetId) where.push(eq(auditEntries.targetId, f.targetId));
  if (f.from) where.push(gte(auditEntries.createdAt, f.from));
  if (f.to) where.push(lte(auditEntries.createdAt, f.to));
  const after = afterPosition(f.after, auditEntries.createdAt, auditEntries.id);
  if (after) where.push(after);
  return db
    .select()
    .from(auditEntries)
    .where(and(...where))
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(f.limit);
}

/** Deletes up to `limit` of the workspace's entries created before `cutoff`; returns how many went. */
export async function deleteExpiredAudit(db: Tx, workspaceId: string, cutoff: Date, limit: number): Promise<number> {
  const expired = db
    .select({ id: auditEntries.id })
    .from(auditEntries)
    .where(and(eq(auditEntries.workspaceId, workspaceId), lt(auditEntries.createdAt, cutoff)))
    .limit(limit);
  const rows = await db.delete(auditEntries).where(inArray(auditEntries.id, expired)).returning({ id: auditEntries.id });
  return rows.length;
}
