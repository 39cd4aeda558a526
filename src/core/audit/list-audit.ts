// The audit log of one workspace, newest first, filtered and paged by a keyset cursor.
import { and, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import { auditEntries } from '../../db/schema/index.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { afterCursor, toPage } from '../shared/cursor.ts';

export type AuditFilter = {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit: number;
};

export async function listAudit(ctx: WorkspaceCtx, f: AuditFilter) {
  const where: SQL[] = [eq(auditEntries.workspaceId, ctx.workspaceId)];
  if (f.action) where.push(f.action.endsWith('.*') ? ilike(auditEntries.action, `${f.action.slice(0, -1)}%`) : eq(auditEntries.action, f.action));
  if (f.actor) where.push(ilike(auditEntries.actorLabel, `%${f.actor.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.targetType) where.push(eq(auditEntries.targetType, f.targetType));
  if (f.targetId) where.push(eq(auditEntries.targetId, f.targetId));
  if (f.from) where.push(gte(auditEntries.createdAt, f.from));
  if (f.to) where.push(lte(auditEntries.createdAt, f.to));
  const after = afterCursor(f.cursor, auditEntries.createdAt, auditEntries.id);
  if (after) where.push(after);
  const rows = await ctx.db
    .select()
    .from(auditEntries)
    .where(and(...where))
    .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (r) => r.createdAt);
}
