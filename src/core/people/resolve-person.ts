// A merged person's id keeps working: links in audit entries, notifications and old tabs lead to
// the person they were merged into (following a chain of merges, which unmerges can leave).
import { findPerson, type Person } from '../../db/queries/people.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';

const MAX_CHAIN = 10;

/** The person standing for `personId` now, and the id asked for when that was a merged person. */
export async function resolvePerson(ctx: WorkspaceCtx, personId: string): Promise<{ person: Person; redirectedFrom: string | null }> {
  let person = await findPerson(ctx.db, ctx.workspaceId, personId);
  if (!person) throw notFound('Person');
  for (let hop = 0; person.mergedIntoId && hop < MAX_CHAIN; hop++) {
    const next = await findPerson(ctx.db, ctx.workspaceId, person.mergedIntoId);
    if (!next) break;
    person = next;
  }
  return { person, redirectedFrom: person.id === personId ? null : personId };
}
