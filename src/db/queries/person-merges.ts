// The merge journal and the moves it records: every row that pointed at the merged person and
// now points at the kept one, by id, so an unmerge moves exactly those back.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { activities, conversations, identities, messages, people, personMerges, personNotes, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { newestFirst } from './keyset.ts';
import type { Person } from './people.ts';
import { selectRows } from './select-rows.ts';

export type PersonMergeRow = typeof personMerges.$inferSelect;
export type NewPersonMerge = typeof personMerges.$inferInsert;

/** The tables whose person_id a merge moves, in the journal's words. */
export const movedTables = {
  identityIds: identities,
  activityIds: activities,
  conversationIds: conversations,
  messageIds: messages,
  noteIds: personNotes,
} as const;
export type MovedKey = keyof typeof movedTables;
export type MovedIds = Record<MovedKey, string[]>;

/** Both people, locked in id order (two merges of the same people cannot deadlock). */
export async function lockPeople(db: Tx, workspaceId: string, ids: string[]): Promise<Person[]> {
  return db
    .select()
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, ids)))
    .orderBy(people.id)
    .for('update');
}

/** Points every row of `from` at `to`; returns the ids moved, table by table (one statement each, by the person indexes). */
export async function moveAllRows(db: Tx, workspaceId: string, from: string, to: string): Promise<MovedIds> {
  const moved = {} as MovedIds;
  for (const [key, table] of Object.entries(movedTables) as [MovedKey, (typeof movedTables)[MovedKey]][]) {
    const rows = await db
      .update(table)
      .set({ personId: to })
      .where(and(eq(table.workspaceId, workspaceId), eq(table.personId, from)))
      .returning({ id: table.id });
    moved[key] = rows.map((r) => r.id);
  }
  return moved;
}

/** Points the journalled rows back at `to`, those still on `from`; returns how many moved per table. */
export async function moveRowsBack(db: Tx, workspaceId: string, ids: Partial<MovedIds>, from: string, to: string): Promise<Record<MovedKey, number>> {
  const counts = {} as Record<MovedKey, number>;
  for (const [key, table] of Object.entries(movedTables) as [MovedKey, (typeof movedTables)[MovedKey]][]) {
    const list = ids[key] ?? [];
    if (!list.length) {
      counts[key] = 0;
      continue;
    }
    const rows = await selectRows<{ id: string }>(
      db,
      sql`update ${table} set person_id = ${to} where workspace_id = ${workspaceId} and person_id = ${from} and id = any(${sql.param(list)}::uuid[]) returning id`,
    );
    counts[key] = rows.length;
  }
  return counts;
}

export async function insertMerge(db: Tx, row: NewPersonMerge): Promise<PersonMergeRow> {
  const [saved] = await db.insert(personMerges).values(row).returning();
  return saved!;
}

export async function findMerge(db: Tx, workspaceId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<PersonMergeRow | undefined> {
  const q = db.select().from(personMerges).where(and(eq(personMerges.id, id), eq(personMerges.workspaceId, workspaceId)));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function markUnmerged(db: Tx, id: string, by: string | null, at: Date): Promise<PersonMergeRow> {
  const [row] = await db.update(personMerges).set({ unmergedBy: by, unmergedAt: at }).where(eq(personMerges.id, id)).returning();
  return row!;
}

const merged = alias(people, 'merged_person');
const kept = alias(people, 'kept_person');

export type MergeHistoryRow = {
  id: string;
  keptPersonId: string;
  keptPerson: { id: string; displayName: string };
  mergedPersonId: string;
  mergedPerson: { id: string; displayName: string };
  suggestionId: string | null;
  mergedBy: string | null;
  mergedByName: string | null;
  mergedAt: Date;
  unmergedAt: Date | null;
  moved: Record<string, unknown>;
};

/** Merges the person took part in, kept or merged, newest first (the journal is small per person). */
export async function listMergesOf(db: Tx, workspaceId: string, personId: string, limit: number): Promise<MergeHistoryRow[]> {
  const rows = await db
    .select({ m: personMerges, keptName: kept.displayName, mergedName: merged.displayName, byName: users.name })
    .from(personMerges)
    .innerJoin(kept, eq(kept.id, personMerges.keptPersonId))
    .innerJoin(merged, eq(merged.id, personMerges.mergedPersonId))
    .leftJoin(users, eq(users.id, personMerges.mergedBy))
    .where(and(eq(personMerges.workspaceId, workspaceId), or(eq(personMerges.keptPersonId, personId), eq(personMerges.mergedPersonId, personId))))
    .orderBy(...newestFirst(personMerges.mergedAt, personMerges.id))
    .limit(limit);
  return rows.map(({ m, keptName, mergedName, byName }) => ({
    id: m.id,
    keptPersonId: m.keptPersonId,
    keptPerson: { id: m.keptPersonId, displayName: keptName },
    mergedPersonId: m.mergedPersonId,
    mergedPerson: { id: m.mergedPersonId, displayName: mergedName },
    suggestionId: m.suggestionId,
    mergedBy: m.mergedBy,
    mergedByName: byName,
    mergedAt: m.mergedAt,
    unmergedAt: m.unmergedAt,
    moved: m.moved,
  }));
}

/** Networks both people have an identity on. */
export async function networksInCommon(db: Tx, workspaceId: string, a: string, b: string): Promise<string[]> {
  const rows = await selectRows<{ network: string }>(
    db,
    sql`select network from identities where workspace_id = ${workspaceId} and person_id = ${a}
        intersect select network from identities where workspace_id = ${workspaceId} and person_id = ${b}`,
  );
  return rows.map((r) => r.network);
}
