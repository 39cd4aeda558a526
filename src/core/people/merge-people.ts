// Merging person B into person A, in one transaction: everything that pointed at B (identities,
// activities, conversations, messages, notes) points at A; A gains B's tags and fills its blank
// fields from B (what A holds, typed by hand or synced, wins); B keeps its row, marked
// merged_into_id = A. The journal (person_merges.moved) records the ids moved and A's
// fields before and after, so unmerge-people.ts can move exactly those back and restore A.
import { decidePair } from '../../db/queries/merge-suggestions.ts';
import { insertMerge, lockPeople, moveAllRows, networksInCommon, type MovedIds, type PersonMergeRow } from '../../db/queries/person-merges.ts';
import { updatePersonRow, type Person } from '../../db/queries/people.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { orderedPair } from './merge-rules.ts';
import { refreshMergeSuggestions } from './store-merge-suggestions.ts';

/** The kept person's fields a merge may change, as the journal records them. */
export type MergedFields = Pick<Person, 'email' | 'avatarUrl' | 'tags' | 'customFields' | 'manualFields' | 'isStaff'>;
export type MergeJournal = MovedIds & { keptBefore: MergedFields; keptAfter: MergedFields };

export type MergeInput = {
  keepId: string;
  mergeId: string;
  /** A merge no person looked at: refused when both people have an identity on the same network. */
  automatic?: boolean;
};

const fieldsOf = (p: Person): MergedFields => ({ email: p.email, avatarUrl: p.avatarUrl, tags: p.tags, customFields: p.customFields, manualFields: p.manualFields, isStaff: p.isStaff });
const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * A's fields after taking B in: tags united, A's blank e-mail, avatar and custom fields filled
 * from B; whatever A holds wins (so A's manual fields always do). A field typed by hand on B stays
 * protected from sync on A. A is staff if either was, unless A's staff flag was set by hand.
 */
export function mergedFields(a: Person, b: Person): MergedFields {
  const manual = new Set(a.manualFields);
  const filled: string[] = [];
  const fill = <K extends 'email' | 'avatarUrl'>(key: K): Person[K] => {
    if (!blank(a[key]) || blank(b[key])) return a[key];
    filled.push(key);
    return b[key];
  };
  const customFields = { ...a.customFields };
  for (const [key, value] of Object.entries(b.customFields)) {
    if (!blank(customFields[key]) || blank(value)) continue;
    customFields[key] = value;
    if (!filled.includes('customFields')) filled.push('customFields');
  }
  const email = fill('email');
  const avatarUrl = fill('avatarUrl');
  const isStaff = manual.has('isStaff') ? a.isStaff : a.isStaff || b.isStaff;
  const manualFields = [...new Set([...a.manualFields, ...filled.filter((f) => b.manualFields.includes(f))])];
  return { email, avatarUrl, tags: [...new Set([...a.tags, ...b.tags])], customFields, manualFields, isStaff };
}

const movedLabels = { identityIds: 'identities', activityIds: 'activities', conversationIds: 'conversations', messageIds: 'messages', noteIds: 'notes' } as const;
export type MovedCounts = Record<(typeof movedLabels)[keyof typeof movedLabels], number>;

/** How many rows of each kind a journal (or an unmerge) moved: what audit entries, history and the CLI show. */
export function countMoved(moved: Record<string, unknown>): MovedCounts {
  const count = (v: unknown) => (Array.isArray(v) ? v.length : typeof v === 'number' ? v : 0);
  return Object.fromEntries(Object.entries(movedLabels).map(([key, label]) => [label, count(moved[key])])) as MovedCounts;
}

const actorUserId = (ctx: WorkspaceCtx) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function mergePeople(ctx: WorkspaceCtx, input: MergeInput): Promise<PersonMergeRow & { keptPerson: Person }> {
  if (input.keepId === input.mergeId) throw new AppError('merge_into_self', 'A person cannot be merged into themselves');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const locked = await lockPeople(db, ctx.workspaceId, [input.keepId, input.mergeId]);
    const kept = locked.find((p) => p.id === input.keepId);
    const merged = locked.find((p) => p.id === input.mergeId);
    // A person of another workspace is simply not found: nothing tells the caller it exists.
    if (!kept || !merged) throw notFound('Person');
    if (kept.mergedIntoId) throw new AppError('merge_target_merged', `${kept.displayName} was merged into another person: merge into that one`, { mergedIntoId: kept.mergedIntoId });
    if (merged.mergedIntoId) throw new AppError('person_merged', `${merged.displayName} was already merged into another person`, { mergedIntoId: merged.mergedIntoId });
    if (input.automatic) {
      const shared = await networksInCommon(db, ctx.workspaceId, kept.id, merged.id);
      if (shared.length) throw new AppError('merge_blocked', `Both people are on ${shared.join(', ')}: two accounts on one network are merged only by a person`);
    }

    const now = ctx.clock.now();
    const moved = await moveAllRows(db, ctx.workspaceId, merged.id, kept.id);
    const keptBefore = fieldsOf(kept);
    const keptAfter = mergedFields(kept, merged);
    const keptPerson = (await updatePersonRow(db, ctx.workspaceId, kept.id, { ...keptAfter, updatedAt: now }))!;
    await updatePersonRow(db, ctx.workspaceId, merged.id, { mergedIntoId: kept.id, updatedAt: now });

    const [a, b] = orderedPair(kept.id, merged.id);
    const suggestion = await decidePair(db, { id: newId(), workspaceId: ctx.workspaceId, personId: a, otherPersonId: b, reasons: [], confidence: 0, status: 'merged', decidedBy: actorUserId(ctx), decidedAt: now, createdAt: now });
    const journal: MergeJournal = { ...moved, keptBefore, keptAfter };
    const row = await insertMerge(db, { id: newId(), workspaceId: ctx.workspaceId, keptPersonId: kept.id, mergedPersonId: merged.id, moved: journal, suggestionId: suggestion.id, mergedBy: actorUserId(ctx), mergedAt: now });

    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.merge', targetType: 'person', targetId: kept.id, before: keptBefore, after: { ...keptAfter, mergeId: row.id, mergedPersonId: merged.id, automatic: input.automatic ?? false, moved: countMoved(moved) } });
    // The kept person now carries B's identities too: look again for their other duplicates (queued, never merged here).
    await refreshMergeSuggestions(tx, [kept.id]);
    return { ...row, keptPerson };
  });
}
