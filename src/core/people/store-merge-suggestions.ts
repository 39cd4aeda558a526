// Stores what the merge rules found for some people as pending suggestions: one row per pair
// (in id order), refreshed while pending; a pair already merged or dismissed is never suggested again.
import { findSuggestionsForPairs, upsertPendingSuggestions } from '../../db/queries/merge-suggestions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { findMergeCandidates, type CandidatePair } from './merge-candidates.ts';
import type { MatchProfile } from './merge-rules.ts';

export type StoredSuggestion = CandidatePair & { id: string };

/** Returns the pending suggestions written (new or refreshed) and the profiles the rules read. */
export async function storeMergeSuggestions(ctx: WorkspaceCtx, personIds: string[]): Promise<{ suggestions: StoredSuggestion[]; profiles: Map<string, MatchProfile> }> {
  const { pairs, profiles } = await findMergeCandidates(ctx, personIds);
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
