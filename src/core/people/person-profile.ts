// The person's panel: who they are on every network, tags and custom fields, the team's notes,
// their open conversations, possible duplicates and the merges they took part in. A merged
// person's id answers with the profile of the person they were merged into (redirectedFrom says so).
import { listMergesOf } from '../../db/queries/person-merges.ts';
import { listIdentitiesOf, listOpenConversationsOf } from '../../db/queries/people.ts';
import { listPendingSuggestionsOf } from '../../db/queries/merge-suggestions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { personSummaries } from './person-summaries.ts';
import { notesOfResolved } from './person-notes.ts';
import { resolvePerson } from './resolve-person.ts';

const PANEL_ITEMS = 20;

export async function getPersonProfile(ctx: WorkspaceCtx, personId: string) {
  const { person, redirectedFrom } = await resolvePerson(ctx, personId);
  const id = person.id;
  const identities = await listIdentitiesOf(ctx.db, ctx.workspaceId, id);
  const notes = await notesOfResolved(ctx, id, { limit: PANEL_ITEMS });
  const openConversations = await listOpenConversationsOf(ctx.db, ctx.workspaceId, id, PANEL_ITEMS);
  const merges = await listMergesOf(ctx.db, ctx.workspaceId, id, PANEL_ITEMS);
  const pending = await listPendingSuggestionsOf(ctx.db, ctx.workspaceId, id, 5);
  const others = await personSummaries(ctx, pending.map((s) => (s.personId === id ? s.otherPersonId : s.personId)));
  return {
    person,
    redirectedFrom,
    identities,
    tags: person.tags,
    customFields: person.customFields,
    notes: notes.items,
    notesNextCursor: notes.nextCursor,
    openConversations,
    merges: merges.map(({ moved: _moved, ...m }) => m),
    suggestions: pending.map((s) => ({ id: s.id, confidence: s.confidence, reasons: s.reasons, otherPerson: others.get(s.personId === id ? s.otherPersonId : s.personId) ?? null })),
  };
}
