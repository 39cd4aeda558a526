// Merge suggestions: finding the people who share an e-mail, a profile URL, a handle or a name
// with given people (each lookup bounded per value, index by index), and the review queue.
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { handleKey, identities, mergeSuggestions, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { newestFirst } from './keyset.ts';
import { prefixEnd } from './people.ts';
import { selectRows } from './select-rows.ts';

export type MergeSuggestionRow = typeof mergeSuggestions.$inferSelect;
export type NewMergeSuggestion = typeof mergeSuggestions.$inferInsert;

/** What the merge rules read about people: their own fields and every identity's. */
export type MatchRows = {
  people: { id: string; displayName: string; email: string | null; createdAt: Date; mergedIntoId: string | null }[];
  identities: { personId: string; network: string; handle: string | null; verified: boolean; displayName: string | null; email: string | null; profileUrls: string[] }[];
};

export async function loadMatchRows(db: Tx, workspaceId: string, personIds: string[]): Promise<MatchRows> {
  if (!personIds.length) return { people: [], identities: [] };
  const [persons, ids] = await Promise.all([
    db
      .select({ id: people.id, displayName: people.displayName, email: people.email, createdAt: people.createdAt, mergedIntoId: people.mergedIntoId })
      .from(people)
      .where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds))),
    db
      .select({ personId: identities.personId, network: identities.network, handle: identities.handle, verified: identities.verified, displayName: identities.displayName, email: identities.email, profileUrls: identities.profileUrls })
      .from(identities)
      .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.personId, personIds))),
  ]);
  return { people: persons, identities: ids };
}

/** (value, personId) for each value: at most `perValue` rows each, so a value everybody shares costs nothing. */
export type ValueHit = { value: string; personId: string };

const hits = (db: Tx, query: SQL) => selectRows<ValueHit>(db, query);
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** People (not merged away) whose own e-mail or an identity's e-mail is one of these (lowercased). */
export async function peopleWithEmails(db: Tx, workspaceId: string, emails: string[], perValue: number): Promise<ValueHit[]> {
  if (!emails.length) return [];
  return hits(
    db,
    sql`select v.value, x.person_id as "personId" from unnest(${textArray(emails)}) as v(value)
      cross join lateral (
        (select i.person_id from identities i where i.workspace_id = ${workspaceId} and lower(i.email) = v.value and i.email is not null limit ${perValue})
        union all
        (select p.id from people p where p.workspace_id = ${workspaceId} and lower(p.email) = v.value and p.merged_into_id is null limit ${perValue})
      ) x(person_id)`,
  );
}

/** Identities whose profile URLs hold one of the spellings; `value` is the normalised URL the spelling stands for. */
export async function peopleWithUrls(db: Tx, workspaceId: string, spellings: { spelling: string; value: string }[], perValue: number): Promise<ValueHit[]> {
  if (!spellings.length) return [];
  return hits(
    db,
    sql`select v.value, x.person_id as "personId" from unnest(${textArray(spellings.map((s) => s.spelling))}, ${textArray(spellings.map((s) => s.value))}) as v(spelling, value)
      cross join lateral (select i.person_id from identities i where i.workspace_id = ${workspaceId} and i.profile_urls @> array[v.spelling] limit ${perValue}) x`,
  );
}

/** Identities whose handle key (identities_handle_key) is one of these, with their network. */
export async function identitiesWithHandleKeys(db: Tx, workspaceId: string, keys: string[], perValue: number): Promise<(ValueHit & { network: string })[]> {
  if (!keys.length) return [];
  return selectRows(
    db,
    sql`select v.value, x.person_id as "personId", x.network from unnest(${textArray(keys)}) as v(value)
      cross join lateral (
        select i.person_id, i.network from identities i
        where i.workspace_id = ${workspaceId} and i.handle is not null and ${handleKey(sql`i.handle`)} = v.value limit ${perValue}
      ) x`,
  );
}

/**
 * People whose name holds every word of a name (any order, extra words allowed: the word index),
 * and people whose lowercased name starts with `prefix` (typos further on: the name prefix index,
 * as a pattern-operator range because a LIKE pattern from a lateral row cannot use an index).
 */
export async function peopleWithNames(db: Tx, workspaceId: string, names: { value: string; words: string; prefix: string }[], perValue: number, perPrefix: number): Promise<(ValueHit & { via: 'words' | 'prefix' })[]> {
  if (!names.length) return [];
  return selectRows(
    db,
    sql`select v.value, x.person_id as "personId", x.via
      from unnest(${textArray(names.map((n) => n.value))}, ${textArray(names.map((n) => n.words))}, ${textArray(names.map((n) => n.prefix))}, ${textArray(names.map((n) => prefixEnd(n.prefix)))}) as v(value, words, lo, hi)
      cross join lateral (
        (select p.id, 'words' from people p where p.workspace_id = ${workspaceId} and p.merged_into_id is null
          and to_tsvector('simple', p.display_name) @@ to_tsquery('simple', v.words) limit ${perValue})
        union all
        (select p.id, 'prefix' from people p where p.workspace_id = ${workspaceId} and p.merged_into_id is null and v.lo <> ''
          and lower(p.display_name) ~>=~ v.lo and lower(p.display_name) ~<~ v.hi limit ${perPrefix})
      ) x(person_id, via)`,
  );
}

/** The stored suggestions among these pairs (each already in id order). */
export async function findSuggestionsForPairs(db: Tx, workspaceId: string, pairs: [string, string][]): Promise<Pick<MergeSuggestionRow, 'id' | 'personId' | 'otherPersonId' | 'status'>[]> {
  if (!pairs.length) return [];
  return selectRows(
    db,
    sql`select s.id, s.person_id as "personId", s.other_person_id as "otherPersonId", s.status
      from merge_suggestions s join unnest(${sql.param(pairs.map((p) => p[0]))}::uuid[], ${sql.param(pairs.map((p) => p[1]))}::uuid[]) as v(a, b)
        on s.person_id = v.a and s.other_person_id = v.b
      where s.workspace_id = ${workspaceId}`,
  );
}

/** New pairs are inserted, pending ones take the new reasons; merged or dismissed pairs are left as decided. */
export async function upsertPendingSuggestions(db: Tx, rows: NewMergeSuggestion[]): Promise<MergeSuggestionRow[]> {
  if (!rows.length) return [];
  return db
    .insert(mergeSuggestions)
    .values(rows)
    .onConflictDoUpdate({
      target: [mergeSuggestions.workspaceId, mergeSuggestions.personId, mergeSuggestions.otherPersonId],
      set: { reasons: sql`excluded.reasons`, confidence: sql`excluded.confidence` },
      setWhere: sql`${mergeSuggestions.status} = 'pending'`,
    })
    .returning();
}

export async function findSuggestion(db: Tx, workspaceId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<MergeSuggestionRow | undefined> {
  const q = db.select().from(mergeSuggestions).where(and(eq(mergeSuggestions.id, id), eq(mergeSuggestions.workspaceId, workspaceId)));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Decides the pair's suggestion, creating it when the pair was never suggested (a merge by hand, an unmerge). */
export async function decidePair(db: Tx, row: NewMergeSuggestion & { status: 'merged' | 'dismissed' }): Promise<MergeSuggestionRow> {
  const [saved] = await db
    .insert(mergeSuggestions)
    .values(row)
    .onConflictDoUpdate({
      target: [mergeSuggestions.workspaceId, mergeSuggestions.personId, mergeSuggestions.otherPersonId],
      set: { status: row.status, decidedBy: row.decidedBy ?? null, decidedAt: row.decidedAt ?? null },
    })
    .returning();
  return saved!;
}

const one = alias(people, 'one');
const other = alias(people, 'other');

export type QueuePosition = { confidence: number; id: string };

function listPendingWhere(db: Tx, where: (SQL | undefined)[], limit: number): Promise<MergeSuggestionRow[]> {
  return db
    .select({ suggestion: mergeSuggestions })
    .from(mergeSuggestions)
    .innerJoin(one, eq(one.id, mergeSuggestions.personId))
    .innerJoin(other, eq(other.id, mergeSuggestions.otherPersonId))
    .where(and(eq(mergeSuggestions.status, 'pending'), isNull(one.mergedIntoId), isNull(other.mergedIntoId), ...where))
    .orderBy(...newestFirst(mergeSuggestions.confidence, mergeSuggestions.id))
    .limit(limit)
    .then((rows) => rows.map((r) => r.suggestion));
}

/** Pending suggestions between two people still in the directory, most confident first. */
export function listPendingSuggestions(db: Tx, workspaceId: string, f: { after?: QueuePosition; limit: number }): Promise<MergeSuggestionRow[]> {
  const where: (SQL | undefined)[] = [eq(mergeSuggestions.workspaceId, workspaceId)];
  if (f.after) {
    const at = sql`${f.after.confidence}::real`;
    where.push(or(sql`${mergeSuggestions.confidence} < ${at}`, and(sql`${mergeSuggestions.confidence} = ${at}`, sql`${mergeSuggestions.id} < ${f.after.id}`)));
  }
  return listPendingWhere(db, where, f.limit);
}

/** Pending suggestions that involve one person (either side of the pair), most confident first. */
export function listPendingSuggestionsOf(db: Tx, workspaceId: string, personId: string, limit: number): Promise<MergeSuggestionRow[]> {
  return listPendingWhere(db, [eq(mergeSuggestions.workspaceId, workspaceId), or(eq(mergeSuggestions.personId, personId), eq(mergeSuggestions.otherPersonId, personId))], limit);
}

export async function updateSuggestionDecision(db: Tx, id: string, d: { status: 'merged' | 'dismissed'; decidedBy: string | null; decidedAt: Date }): Promise<MergeSuggestionRow> {
  const [row] = await db.update(mergeSuggestions).set(d).where(eq(mergeSuggestions.id, id)).returning();
  return row!;
}

/** Pending suggestions about these people that are not among `keep` (pairs in id order): the evidence is gone. */
export async function deleteStalePending(db: Tx, workspaceId: string, personIds: string[], keep: [string, string][]): Promise<void> {
  if (!personIds.length) return;
  const ids = sql`${sql.param(personIds)}::uuid[]`;
  await db.execute(sql`delete from merge_suggestions s
    where s.workspace_id = ${workspaceId} and s.status = 'pending' and (s.person_id = any(${ids}) or s.other_person_id = any(${ids}))
      and not exists (select 1 from unnest(${sql.param(keep.map((p) => p[0]))}::uuid[], ${sql.param(keep.map((p) => p[1]))}::uuid[]) as k(a, b)
        where k.a = s.person_id and k.b = s.other_person_id)`);
}
