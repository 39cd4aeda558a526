// People: one record per human across networks. Fields a teammate edits by hand are remembered
// in manual_fields, and `applySyncedFields` never overwrites them.
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { identities, people } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { afterCursor, toPage } from '../shared/cursor.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export type PersonFields = {
  displayName?: string;
  email?: string | null;
  avatarUrl?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  isStaff?: boolean;
};

export async function createPerson(ctx: WorkspaceCtx, input: PersonFields & { displayName: string }) {
  return ctx.db.transaction(async (db) => {
    const now = ctx.clock.now();
    const [row] = await db
      .insert(people)
      .values({ id: newId(), workspaceId: ctx.workspaceId, ...input, manualFields: Object.keys(input), createdAt: now, updatedAt: now })
      .returning();
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'person.create', targetType: 'person', targetId: row!.id, after: row });
    return row!;
  });
}

export async function getPerson(ctx: WorkspaceCtx, personId: string) {
  const [row] = await ctx.db.select().from(people).where(and(eq(people.id, personId), eq(people.workspaceId, ctx.workspaceId)));
  if (!row) throw notFound('Person');
  const ids = await ctx.db
    .select()
    .from(identities)
    .where(and(eq(identities.workspaceId, ctx.workspaceId), eq(identities.personId, personId)));
  return { ...row, identities: ids };
}

/** A teammate's edit: the fields become manual and sync leaves them alone from now on. */
export async function updatePerson(ctx: WorkspaceCtx, personId: string, patch: PersonFields) {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const { identities: _, ...before } = await getPerson(tx, personId);
    const manualFields = [...new Set([...before.manualFields, ...Object.keys(patch)])];
    const [after] = await db
      .update(people)
      .set({ ...patch, manualFields, updatedAt: ctx.clock.now() })
      .where(and(eq(people.id, personId), eq(people.workspaceId, ctx.workspaceId)))
      .returning();
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.update', targetType: 'person', targetId: personId, before, after });
    return after!;
  });
}

/** What a connector learned about a person; fields edited by hand are skipped. */
export async function applySyncedFields(ctx: WorkspaceCtx, personId: string, synced: PersonFields) {
  const { identities: _, ...current } = await getPerson(ctx, personId);
  const patch = Object.fromEntries(Object.entries(synced).filter(([k]) => !current.manualFields.includes(k)));
  if (Object.keys(patch).length === 0) return current;
  const [after] = await ctx.db
    .update(people)
    .set({ ...patch, updatedAt: ctx.clock.now() })
    .where(and(eq(people.id, personId), eq(people.workspaceId, ctx.workspaceId)))
    .returning();
  return after!;
}

export type PeopleFilter = { q?: string; tag?: string; cursor?: string; limit: number };

export async function listPeople(ctx: WorkspaceCtx, f: PeopleFilter) {
  const where: SQL[] = [eq(people.workspaceId, ctx.workspaceId)];
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(people.displayName, like), ilike(people.email, like))!);
  }
  if (f.tag) where.push(sql`${people.tags} @> array[${f.tag}]::text[]`);
  const after = afterCursor(f.cursor, people.createdAt, people.id);
  if (after) where.push(after);
  const rows = await ctx.db
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(desc(people.createdAt), desc(people.id))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (r) => r.createdAt);
}
