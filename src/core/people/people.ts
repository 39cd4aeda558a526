// People: one record per human across networks. Fields a teammate edits by hand are remembered
// in manual_fields, and `applySyncedFields` never overwrites them.
import { findPerson, insertPerson, lastActivityTimes, listIdentitiesOf, listIdentityBadges, listPeoplePage, updatePersonRow } from '../../db/queries/people.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { refreshMergeSuggestions } from './store-merge-suggestions.ts';

export type PersonFields = {
  displayName?: string;
  email?: string | null;
  avatarUrl?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  isStaff?: boolean;
};

export async function createPerson(ctx: WorkspaceCtx, input: PersonFields & { displayName: string }) {
  return inTransaction(ctx.db, async (db) => {
    const now = ctx.clock.now();
    const row = await insertPerson(db, { id: newId(), workspaceId: ctx.workspaceId, ...input, manualFields: Object.keys(input), createdAt: now, updatedAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'person.create', targetType: 'person', targetId: row.id, after: row });
    return row;
  });
}

/** The person's own row, without identities; throws not_found outside the workspace. */
export async function requirePerson(ctx: WorkspaceCtx, personId: string) {
  const row = await findPerson(ctx.db, ctx.workspaceId, personId);
  if (!row) throw notFound('Person');
  return row;
}

export async function getPerson(ctx: WorkspaceCtx, personId: string) {
  const row = await requirePerson(ctx, personId);
  const ids = await listIdentitiesOf(ctx.db, ctx.workspaceId, personId);
  return { ...row, identities: ids };
}

/** A person who still stands on their own: a merged person's record is kept only so the merge can be undone. */
export async function requireActivePerson(ctx: WorkspaceCtx, personId: string) {
  const row = await requirePerson(ctx, personId);
  if (row.mergedIntoId) throw new AppError('person_merged', 'This person was merged into another; edit that one', { mergedIntoId: row.mergedIntoId });
  return row;
}

/** A teammate's edit: the fields become manual and sync leaves them alone from now on. */
export async function updatePerson(ctx: WorkspaceCtx, personId: string, patch: PersonFields) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requireActivePerson(tx, personId);
    const manualFields = [...new Set([...before.manualFields, ...Object.keys(patch)])];
    const after = await updatePersonRow(db, ctx.workspaceId, personId, { ...patch, manualFields, updatedAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.update', targetType: 'person', targetId: personId, before, after });
    // A new name or e-mail may reveal a duplicate: the review queue hears of it now.
    if (patch.displayName !== undefined || patch.email !== undefined) await refreshMergeSuggestions(tx, [personId]);
    return after!;
  });
}

/** What a connector learned about a person; fields edited by hand are skipped. */
export async function applySyncedFields(ctx: WorkspaceCtx, personId: string, synced: PersonFields) {
  const current = await requirePerson(ctx, personId);
  const patch = Object.fromEntries(Object.entries(synced).filter(([k]) => !current.manualFields.includes(k)));
  if (Object.keys(patch).length === 0) return current;
  const after = await updatePersonRow(ctx.db, ctx.workspaceId, personId, { ...patch, updatedAt: ctx.clock.now() });
  return after!;
}

export type PeopleFilter = { q?: string; tag?: string; network?: string; staff?: boolean; hasOpenConversation?: boolean; cursor?: string; limit: number };

/** The directory: people still on their own (merged ones left out), newest first, with their networks and last activity. */
export async function listPeople(ctx: WorkspaceCtx, f: PeopleFilter) {
  const rows = await listPeoplePage(ctx.db, ctx.workspaceId, { search: f.q?.trim() || undefined, tag: f.tag, network: f.network, staff: f.staff, hasOpenConversation: f.hasOpenConversation, ...pageWindow(f.cursor, f.limit) });
  const page = toPage(rows, f.limit, (r) => r.createdAt);
  const ids = page.items.map((p) => p.id);
  const [badges, lastActive] = [await listIdentityBadges(ctx.db, ctx.workspaceId, ids), await lastActivityTimes(ctx.db, ctx.workspaceId, ids)];
  return {
    ...page,
    items: page.items.map((p) => ({
      ...p,
      identities: badges.filter((b) => b.personId === p.id).map(({ network, handle, verified }) => ({ network, handle, verified })),
      lastActivityAt: lastActive.get(p.id) ?? null,
    })),
  };
}
