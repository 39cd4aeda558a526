// The review queue: pending suggestions, most confident first, each with both people side by
// side and the reasons; a teammate merges or dismisses. Suggestions whose people were merged
// meanwhile drop out of the queue by themselves.
import { findSuggestion, listPendingSuggestions, updateSuggestionDecision, type QueuePosition } from '../../db/queries/merge-suggestions.ts';
import { lockPeople } from '../../db/queries/person-merges.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { mergePeople } from './merge-people.ts';
import { personSummaries } from './person-summaries.ts';

const encode = (p: QueuePosition) => Buffer.from(`${p.confidence}|${p.id}`).toString('base64url');
function decode(cursor: string | undefined): QueuePosition | undefined {
  if (!cursor) return undefined;
  const [confidence, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const value = Number(confidence);
  if (!id || confidence === '' || !Number.isFinite(value)) throw new AppError('validation_failed', 'The cursor is not valid');
  return { confidence: value, id };
}

export async function listMergeSuggestions(ctx: WorkspaceCtx, f: { cursor?: string; limit: number }) {
  const rows = await listPendingSuggestions(ctx.db, ctx.workspaceId, { after: decode(f.cursor), limit: f.limit + 1 });
  const page = rows.slice(0, f.limit);
  const people = await personSummaries(ctx, page.flatMap((s) => [s.personId, s.otherPersonId]));
  const last = page.at(-1);
  return {
    items: page.map((s) => ({ id: s.id, person: people.get(s.personId)!, otherPerson: people.get(s.otherPersonId)!, reasons: s.reasons, confidence: s.confidence, status: s.status, createdAt: s.createdAt })),
    nextCursor: rows.length > f.limit && last ? encode(last) : null,
  };
}

async function requirePending(ctx: WorkspaceCtx, suggestionId: string) {
  const s = await findSuggestion(ctx.db, ctx.workspaceId, suggestionId, { forUpdate: true });
  if (!s) throw notFound('Merge suggestion');
  if (s.status !== 'pending') throw new AppError('suggestion_decided', `This suggestion was already ${s.status}`);
  return s;
}

export async function dismissMergeSuggestion(ctx: WorkspaceCtx, suggestionId: string) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const s = await requirePending(tx, suggestionId);
    const row = await updateSuggestionDecision(db, s.id, { status: 'dismissed', decidedBy: ctx.actor.type === 'user' ? ctx.actor.id : null, decidedAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.merge_dismiss', targetType: 'merge_suggestion', targetId: s.id, before: { status: s.status }, after: { status: 'dismissed', personId: s.personId, otherPersonId: s.otherPersonId, reasons: s.reasons } });
    return row;
  });
}

/** Merges the pair of a pending suggestion; the older person is kept unless the teammate says which. */
export async function mergeSuggestion(ctx: WorkspaceCtx, suggestionId: string, input: { keepPersonId?: string } = {}) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    // People first, then the suggestion: the order every merge takes its locks in (no deadlock with an automatic merge).
    const found = await findSuggestion(db, ctx.workspaceId, suggestionId);
    if (!found) throw notFound('Merge suggestion');
    const [a, b] = await lockPeople(db, ctx.workspaceId, [found.personId, found.otherPersonId]);
    const s = await requirePending(tx, suggestionId);
    const pair = [s.personId, s.otherPersonId];
    if (input.keepPersonId && !pair.includes(input.keepPersonId)) throw new AppError('validation_failed', 'keepPersonId must be one of the two people of the suggestion');
    if (!a || !b) throw notFound('Person');
    const keep = input.keepPersonId ?? (a.createdAt <= b.createdAt ? a.id : b.id);
    return mergePeople(tx, { keepId: keep, mergeId: pair.find((id) => id !== keep)! });
  });
}
