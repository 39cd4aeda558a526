// Undoing a merge from its journal: the rows it moved go back to the merged person (those still on
// the kept one), the merged person stands on their own again, and the kept person's fields are
// restored where they still hold what the merge gave them (a later edit by hand is kept). The pair
// is then dismissed, so neither a teammate nor the automatic merge is offered it again.
import { decidePair } from '../../db/queries/merge-suggestions.ts';
import { findMerge, lockPeople, markUnmerged, moveRowsBack, type MovedIds, type PersonMergeRow } from '../../db/queries/person-merges.ts';
import { updatePersonRow, type Person } from '../../db/queries/people.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { countMoved, type MergedFields, type MergeJournal } from './merge-people.ts';
import { orderedPair } from './merge-rules.ts';

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** The kept person's fields with the merge's contribution taken out, field by field. */
export function restoredFields(current: Person, before: MergedFields, after: MergedFields): MergedFields {
  const pick = <K extends 'email' | 'avatarUrl' | 'isStaff'>(key: K) => (same(current[key], after[key]) ? before[key] : current[key]);
  const addedTags = after.tags.filter((t) => !before.tags.includes(t));
  const customFields = { ...current.customFields };
  for (const [key, value] of Object.entries(after.customFields)) {
    if (key in before.customFields || !same(customFields[key], value)) continue;
    delete customFields[key];
  }
  for (const [key, value] of Object.entries(before.customFields)) {
    if (same(customFields[key], after.customFields[key])) customFields[key] = value;
  }
  const addedManual = after.manualFields.filter((f) => !before.manualFields.includes(f));
  return {
    email: pick('email'),
    avatarUrl: pick('avatarUrl'),
    isStaff: pick('isStaff'),
    tags: current.tags.filter((t) => !addedTags.includes(t)),
    customFields,
    manualFields: current.manualFields.filter((f) => !addedManual.includes(f)),
  };
}

const actorUserId = (ctx: WorkspaceCtx) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function unmergePeople(ctx: WorkspaceCtx, mergeId: string): Promise<PersonMergeRow & { keptPerson: Person; restoredPerson: Person }> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const merge = await findMerge(db, ctx.workspaceId, mergeId, { forUpdate: true });
    if (!merge) throw notFound('Merge');
    if (merge.unmergedAt) throw new AppError('merge_undone', 'This merge was already undone');
    const locked = await lockPeople(db, ctx.workspaceId, [merge.keptPersonId, merge.mergedPersonId]);
    const kept = locked.find((p) => p.id === merge.keptPersonId)!;
    const merged = locked.find((p) => p.id === merge.mergedPersonId)!;
    // Its rows went on with the kept person into a later merge: that one must be undone first.
    if (kept.mergedIntoId) throw new AppError('merge_blocked', `${kept.displayName} was merged into another person since: undo that merge first`, { mergedIntoId: kept.mergedIntoId });
    if (merged.mergedIntoId !== kept.id) throw new AppError('merge_blocked', `${merged.displayName} is no longer merged into ${kept.displayName}`);

    const journal = merge.moved as MergeJournal;
    const now = ctx.clock.now();
    const movedBack = await moveRowsBack(db, ctx.workspaceId, journal as Partial<MovedIds>, kept.id, merged.id);
    const restored = restoredFields(kept, journal.keptBefore, journal.keptAfter);
    const keptPerson = (await updatePersonRow(db, ctx.workspaceId, kept.id, { ...restored, updatedAt: now }))!;
    const restoredPerson = (await updatePersonRow(db, ctx.workspaceId, merged.id, { mergedIntoId: null, updatedAt: now }))!;
    const row = await markUnmerged(db, merge.id, actorUserId(ctx), now);
    const [a, b] = orderedPair(kept.id, merged.id);
    await decidePair(db, { id: newId(), workspaceId: ctx.workspaceId, personId: a, otherPersonId: b, reasons: [], confidence: 0, status: 'dismissed', decidedBy: actorUserId(ctx), decidedAt: now, createdAt: now });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.unmerge', targetType: 'person', targetId: kept.id, before: journal.keptAfter, after: { ...restored, mergeId: merge.id, restoredPersonId: merged.id, movedBack: countMoved(movedBack) } });
    return { ...row, keptPerson, restoredPerson };
  });
}
