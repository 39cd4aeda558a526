// The person behind each author of a page, in a few statements: known identities are reused
// (one account on a network is one identity, hence one person, per workspace), new authors get a
// person and an identity, and what the network says about them is kept.
//
// Sync rule: the identity always holds the network's latest handle, name, e-mail and links. The
// person follows the identity only where nobody edited the field by hand (manual_fields), and
// only when this identity is the person's only one; a person with several identities (merged
// across networks) just has empty fields filled, so two networks never fight over a name.
import type { InboxAuthor } from '../../../connectors/sdk/operations.ts';
import {
  deletePeople,
  findIdentities,
  insertIdentities,
  insertPeople,
  updateIdentityProfiles,
  type IdentityProfile,
  type KnownIdentity,
  type NewIdentityRow,
  type NewPersonRow,
  type SyncedPersonFields,
  syncPeopleFields,
} from '../../../db/queries/inbox-ingest-people.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';

const nameOf = (a: InboxAuthor) => a.displayName?.trim() || a.handle || a.externalId;
const urlsOf = (a: InboxAuthor) => [...new Set(a.profileUrls ?? [])];
const sameUrls = (a: string[], b: string[]) => a.length === b.length && a.every((u, i) => u === b[i]);

function profileChanged(known: KnownIdentity, a: InboxAuthor): boolean {
  return known.handle !== a.handle || known.displayName !== (a.displayName ?? null) || (a.email !== undefined && known.email !== a.email) || !sameUrls(known.profileUrls, urlsOf(a));
}

function syncedFields(known: KnownIdentity, a: InboxAuthor): SyncedPersonFields | null {
  const p = known.person;
  const only = p.identityCount <= 1;
  const displayName = only && nameOf(a) !== p.displayName ? nameOf(a) : null;
  const email = a.email && (only || !p.email) && a.email !== p.email ? a.email : null;
  const avatarUrl = a.avatarUrl && (only || !p.avatarUrl) && a.avatarUrl !== p.avatarUrl ? a.avatarUrl : null;
  return displayName || email || avatarUrl ? { personId: known.personId, displayName, email, avatarUrl } : null;
}

export type ResolvedAuthors = {
  /** Author external id -> person id, for every author of the page. */
  personOf: Map<string, string>;
  /** People created, or whose identity's profile changed: what merge suggestions look at again. */
  changed: Set<string>;
};

export async function resolveAuthors(ctx: WorkspaceCtx, network: string, authors: InboxAuthor[]): Promise<ResolvedAuthors> {
  // The same author twice in a page: the later item says what is current.
  const latest = new Map(authors.map((a) => [a.externalId, a]));
  const known = await findIdentities(ctx.db, ctx.workspaceId, network, [...latest.keys()]);
  const personOf = new Map(known.map((k) => [k.externalId, k.personId]));
  const now = ctx.clock.now();
  const changed = new Set<string>();

  const profiles: IdentityProfile[] = [];
  const synced = new Map<string, SyncedPersonFields>();
  for (const k of known) {
    const a = latest.get(k.externalId)!;
    if (profileChanged(k, a)) {
      profiles.push({ identityId: k.identityId, handle: a.handle, displayName: a.displayName ?? null, email: a.email ?? null, profileUrls: urlsOf(a) });
      changed.add(k.personId);
    }
    const fields = syncedFields(k, a);
    if (fields) synced.set(fields.personId, fields);
  }
  await updateIdentityProfiles(ctx.db, ctx.workspaceId, profiles);
  await syncPeopleFields(ctx.db, ctx.workspaceId, [...synced.values()], now);

  const fresh = [...latest.values()].filter((a) => !personOf.has(a.externalId));
  if (fresh.length === 0) return { personOf, changed };
  const people: NewPersonRow[] = fresh.map((a) => ({ id: newId(), displayName: nameOf(a), email: a.email ?? null, avatarUrl: a.avatarUrl ?? null }));
  const identities: NewIdentityRow[] = fresh.map((a, i) => ({ id: newId(), personId: people[i]!.id, externalId: a.externalId, handle: a.handle, displayName: a.displayName ?? null, email: a.email ?? null, profileUrls: urlsOf(a) }));
  await insertPeople(ctx.db, ctx.workspaceId, people, now);
  const inserted = await insertIdentities(ctx.db, ctx.workspaceId, network, identities, now);
  for (const row of identities) {
    if (!inserted.has(row.externalId)) continue;
    personOf.set(row.externalId, row.personId);
    changed.add(row.personId);
  }

  // Another writer (the webhook receiver, a teammate adding the identity) stored some first:
  // their people win, ours are removed before anyone can see them.
  const lost = identities.filter((row) => !inserted.has(row.externalId));
  if (lost.length > 0) {
    await deletePeople(ctx.db, ctx.workspaceId, lost.map((r) => r.personId));
    for (const k of await findIdentities(ctx.db, ctx.workspaceId, network, lost.map((r) => r.externalId))) personOf.set(k.externalId, k.personId);
  }
  return { personOf, changed };
}
