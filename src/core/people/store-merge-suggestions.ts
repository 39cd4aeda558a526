// Stores what the merge rules found for some people as pending suggestions: one row per pair
// (in id order), refreshed while pending, removed when the evidence is gone; a pair already
// merged or dismissed is never suggested again.
import { deleteStalePending, findSuggestionsForPairs, upsertPendingSuggestions } from '../../db/queries/merge-suggestions.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { findMergeCandidates, type CandidatePair } from './merge-candidates.ts';
import type { MatchProfile } from './merge-rules.ts';

export type StoredSuggestion = CandidatePair & { id: string };

/** Returns the pending suggestions written (new or refreshed) and the profiles the rules read. */
export async function storeMergeSuggestions(ctx: WorkspaceCtx, personIds: string[]): Promise<{ suggestions: StoredSuggestion[]; profiles: Map<string, MatchProfile> }> {
  const { pairs, profiles } = await findMergeCandidates(ctx, personIds);
  // What no longer holds (a URL that became common, a name edited) leaves the queue.
  await deleteStalePending(ctx.db, ctx.workspaceId, [...profiles.keys()].filter((id) => personIds.includes(id)), pairs.map((p) => [p.personId, p.otherPersonId]));
  if (!pairs.length) return { suggestions: [], profiles };
  const decided = new Set(
    (await findSuggestionsForPairs(ctx.db, ctx.workspaceId, pairs.map((p) => [p.personId, p.otherPersonId]))).filter((s) => s.status !== 'pending').map((s) => `${s.personId}|${s.otherPersonId}`),
  );
  const open = pairs.filter((p) => !decided.has(`${p.personId}|${p.otherPersonId}`));
  const now = ctx.clock.now();
  const saved = await upsertPendingSuggestions(
    ctx.db,
    open.map((p) => ({ id: newId(), workspaceId: ctx.workspaceId, personId: p.personId, otherPersonId: p.otherPersonId, reasons: p.reasons, confidence: p.confidence, status: 'pending' as const, createdAt: now })),
  );
  const idOf = new Map(saved.map((s) => [`${s.personId}|${s.otherPersonId}`, s.id]));
  return { suggestions: open.flatMap((p) => (idOf.has(`${p.personId}|${p.otherPersonId}`) ? [{ ...p, id: idOf.get(`${p.personId}|${p.otherPersonId}`)! }] : [])), profiles };
}

/**
 * After an edit, a new identity or a merge, inside that change's transaction: the people are looked
 * at again in a savepoint, so a failure here never undoes the change itself (the next rescan or
 * suggest-merges job looks again). Never merges automatically.
 */
export async function refreshMergeSuggestions(ctx: WorkspaceCtx, personIds: string[]): Promise<void> {
  try {
    await inTransaction(ctx.db, (db) => storeMergeSuggestions({ ...ctx, db }, personIds));
  } catch {
    // Suggestions are derived data: losing one refresh is better than refusing the teammate's change.
  }
}
