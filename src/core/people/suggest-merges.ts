// Merge suggestions for new (or changed) people: ingestion queues the people.suggest-merges job
// after its commit, and the workspace rescan runs this page by page. A pair sharing a verified
// e-mail, with no network in common, is merged at once (journalled like any merge); every other
// pair waits in the review queue for a teammate.
import { inTransaction } from '../../db/transaction.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { mergePeople } from './merge-people.ts';
import { mayAutoMerge } from './merge-rules.ts';
import { storeMergeSuggestions } from './store-merge-suggestions.ts';

export type SuggestMergesResult = { suggested: number; autoMerged: { mergeId: string; keptPersonId: string; mergedPersonId: string }[] };

export async function suggestMerges(ctx: WorkspaceCtx, personIds: string[], opts: { autoMerge?: boolean } = {}): Promise<SuggestMergesResult> {
  if (!personIds.length) return { suggested: 0, autoMerged: [] };
  const { suggestions, profiles } = await inTransaction(ctx.db, (db) => storeMergeSuggestions({ ...ctx, db }, personIds));
  const result: SuggestMergesResult = { suggested: suggestions.length, autoMerged: [] };
  if (opts.autoMerge === false) return result;
  const gone = new Set<string>();
  for (const s of suggestions) {
    const a = profiles.get(s.personId)!;
    const b = profiles.get(s.otherPersonId)!;
    if (gone.has(a.personId) || gone.has(b.personId) || !mayAutoMerge(a, b, s.reasons)) continue;
    // The older record stays: links to it are the likelier to exist.
    const [keep, merge] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
    try {
      const merged = await mergePeople(ctx, { keepId: keep.personId, mergeId: merge.personId, automatic: true });
      result.autoMerged.push({ mergeId: merged.id, keptPersonId: keep.personId, mergedPersonId: merge.personId });
      gone.add(merge.personId);
    } catch (err) {
      // Someone merged one of them meanwhile, or a network in common appeared: the suggestion waits for a person.
      if (!(err instanceof AppError)) throw err;
    }
  }
  return result;
}
