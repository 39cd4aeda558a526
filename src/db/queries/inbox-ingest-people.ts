// Identity resolution for a page of inbox items, a few statements per page whatever its size:
// one read of the known identities, one insert each for new people and identities (unnest
// arrays), one update each for changed profiles and synced person fields. Manual fields are
// checked in the statement itself, so an edit committed a moment earlier is never overwritten.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

const param = <R, T>(rows: R[], pick: (r: R) => T) => sql.param(rows.map(pick));
const json = (value: unknown) => JSON.stringify(value);

export type KnownIdentity = {
  identityId: string;
  externalId: string;
  handle: string | null;
  displayName: string | null;
  email: string | null;
  profileUrls: string[];
  /** The person it points at now (a merged person's survivor). */
  personId: string;
  person: { displayName: string; email: string | null; avatarUrl: string | null; identityCount: number };
};

type IdentityRow = {
  id: string;
  external_id: string;
  handle: string | null;
  display_name: string | null;
  email: string | null;
  profile_urls: string[];
  person_id: string;
  person_name: string;
  person_email: string | null;
  person_avatar: string | null;
  identity_count: number;
};

export async function findIdentities(db: Tx, workspaceId: string, network: string, externalIds: string[]): Promise<KnownIdentity[]> {
  if (externalIds.length === 0) return [];
  const rows = await selectRows<IdentityRow>(
    db,
    sql`select i.id, i.external_id, i.handle, i.display_name, i.email, i.profile_urls,
          coalesce(p.merged_into_id, p.id) as person_id, p.display_name as person_name, p.email as person_email, p.avatar_url as person_avatar,
          (select count(*) from identities j where j.workspace_id = i.workspace_id and j.person_id = i.person_id)::int as identity_count
        from identities i join people p on p.id = i.person_id
        where i.workspace_id = ${workspaceId} and i.network = ${network} and i.external_id = any(${sql.param(externalIds)}::text[])`,
  );
  return rows.map((r) => ({
    identityId: r.id,
    externalId: r.external_id,
    handle: r.handle,
    displayName: r.display_name,
    email: r.email,
    profileUrls: r.profile_urls,
    personId: r.person_id,
    person: { displayName: r.person_name, email: r.person_email, avatarUrl: r.person_avatar, identityCount: Number(r.identity_count) },
  }));
}

export type NewPersonRow = { id: string; displayName: string; email: string | null; avatarUrl: string | null };

export async function insertPeople(db: Tx, workspaceId: string, rows: NewPersonRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into people (id, workspace_id, display_name, email, avatar_url, created_at, updated_at)
    select u.id, ${workspaceId}::uuid, u.display_name, u.email, u.avatar_url, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from unnest(${param(rows, (r) => r.id)}::uuid[], ${param(rows, (r) => r.displayName)}::text[], ${param(rows, (r) => r.email)}::text[],
      ${param(rows, (r) => r.avatarUrl)}::text[]) as u(id, display_name, email, avatar_url)`);
}

export type NewIdentityRow = { id: string; personId: string; externalId: string; handle: string; displayName: string | null; email: string | null; profileUrls: string[] };

/** Inserts the identities; returns the external ids actually inserted (another writer may have won one). */
export async function insertIdentities(db: Tx, workspaceId: string, network: string, rows: NewIdentityRow[], now: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await selectRows<{ external_id: string }>(
    db,
    sql`insert into identities (id, workspace_id, person_id, network, external_id, handle, display_name, email, profile_urls, created_at)
        select u.id, ${workspaceId}::uuid, u.person_id, ${network}, u.external_id, u.handle, u.display_name, u.email,
          array(select jsonb_array_elements_text(u.urls)), ${now.toISOString()}::timestamptz
        from unnest(${param(rows, (r) => r.id)}::uuid[], ${param(rows, (r) => r.personId)}::uuid[], ${param(rows, (r) => r.externalId)}::text[],
          ${param(rows, (r) => r.handle)}::text[], ${param(rows, (r) => r.displayName)}::text[], ${param(rows, (r) => r.email)}::text[],
          ${param(rows, (r) => json(r.profileUrls))}::jsonb[]) as u(id, person_id, external_id, handle, display_name, email, urls)
        on conflict (workspace_id, network, external_id) do nothing
        returning external_id`,
  );
  return new Set(inserted.map((r) => r.external_id));
}

/** People created for identities another writer stored first: they have nothing pointing at them. */
export async function deletePeople(db: Tx, workspaceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`delete from people where workspace_id = ${workspaceId} and id = any(${sql.param(ids)}::uuid[])`);
}

export type IdentityProfile = { identityId: string; handle: string; displayName: string | null; email: string | null; profileUrls: string[] };

/** What the network now says about each account (handle, name, e-mail, profile links). */
export async function updateIdentityProfiles(db: Tx, workspaceId: string, rows: IdentityProfile[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update identities i set handle = u.handle, display_name = u.display_name, email = coalesce(u.email, i.email),
      profile_urls = array(select jsonb_array_elements_text(u.urls))
    from unnest(${param(rows, (r) => r.identityId)}::uuid[], ${param(rows, (r) => r.handle)}::text[], ${param(rows, (r) => r.displayName)}::text[],
      ${param(rows, (r) => r.email)}::text[], ${param(rows, (r) => json(r.profileUrls))}::jsonb[]) as u(id, handle, display_name, email, urls)
    where i.id = u.id and i.workspace_id = ${workspaceId}`);
}

/** Synced values for people; null leaves a field as it is, and a field in manual_fields is never written. */
export type SyncedPersonFields = { personId: string; displayName: string | null; email: string | null; avatarUrl: string | null };

export async function syncPeopleFields(db: Tx, workspaceId: string, rows: SyncedPersonFields[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const keep = (field: string, column: string) =>
    sql.raw(`case when '${field}' = any(p.manual_fields) or u.${column} is null then p.${column} else u.${column} end`);
  await db.execute(sql`
    update people p set display_name = ${keep('displayName', 'display_name')}, email = ${keep('email', 'email')},
      avatar_url = ${keep('avatarUrl', 'avatar_url')}, updated_at = ${now.toISOString()}::timestamptz
    from unnest(${param(rows, (r) => r.personId)}::uuid[], ${param(rows, (r) => r.displayName)}::text[], ${param(rows, (r) => r.email)}::text[],
      ${param(rows, (r) => r.avatarUrl)}::text[]) as u(id, display_name, email, avatar_url)
    where p.id = u.id and p.workspace_id = ${workspaceId}`);
}
