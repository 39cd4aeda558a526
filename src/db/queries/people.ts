// People and the identities that point at them, always within one workspace.
import { and, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { channels, conversations, identities, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, newestFirst, type PageWindow } from './keyset.ts';
import { selectRows } from './select-rows.ts';

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type PersonChanges = Partial<Omit<NewPerson, 'id' | 'workspaceId' | 'createdAt'>>;
export type Identity = typeof identities.$inferSelect;
export type NewIdentity = typeof identities.$inferInsert;

const byId = (workspaceId: string, personId: string) => and(eq(people.id, personId), eq(people.workspaceId, workspaceId));

export async function insertPerson(db: Tx, row: NewPerson): Promise<Person> {
  const [person] = await db.insert(people).values(row).returning();
  return person!;
}

export async function findPerson(db: Tx, workspaceId: string, personId: string): Promise<Person | undefined> {
  const [row] = await db.select().from(people).where(byId(workspaceId, personId));
  return row;
}

export function findPeopleRows(db: Tx, workspaceId: string, personIds: string[]): Promise<Person[]> {
  if (!personIds.length) return Promise.resolve([]);
  return db.select().from(people).where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds)));
}

/** Which of these ids are people of the workspace. */
export async function findPersonIds(db: Tx, workspaceId: string, personIds: string[]): Promise<string[]> {
  const rows = await db.select({ id: people.id }).from(people).where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds)));
  return rows.map((r) => r.id);
}

export async function updatePersonRow(db: Tx, workspaceId: string, personId: string, changes: PersonChanges): Promise<Person | undefined> {
  const [row] = await db.update(people).set(changes).where(byId(workspaceId, personId)).returning();
  return row;
}

/** The end of the range of strings starting with `prefix`, in byte order (the pattern operators' order). */
export function prefixEnd(prefix: string): string {
  if (!prefix) return '';
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

/** "expr starts with prefix" as a range the text_pattern_ops indexes serve, whatever the collation. */
export const startsWith = (expr: SQL, prefix: string): SQL => sql`(${expr} ~>=~ ${prefix} and ${expr} ~<~ ${prefixEnd(prefix)})`;

export type PeoplePageFilter = PageWindow & {
  /** The start of any word of the name, of the e-mail, or of a handle or e-mail on any network; case-insensitive. */
  search?: string;
  tag?: string;
  /** Has an identity on this network. */
  network?: string;
  staff?: boolean;
  /** Has a conversation that is not resolved. */
  hasOpenConversation?: boolean;
};

type SearchTerms = { words: string | null; text: string; handle: string };

function searchTerms(search: string): SearchTerms | undefined {
  const text = search.trim().toLowerCase();
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (!text) return undefined;
  return { words: words.length ? words.map((w) => `${w}:*`).join(' & ') : null, text, handle: text.replace(/^@+/, '') };
}

/** Above this many matches in one part, the search is not selective: walking the directory in order finds a page sooner. */
const SEARCH_HIT_CAP = 2_000;

/** Each part through its own index (handle, name words, person e-mail, identity e-mail), the likeliest to be broad first. */
function searchParts(workspaceId: string, t: SearchTerms, cap: number): SQL[] {
  const parts: SQL[] = [];
  const limit = sql`limit ${cap + 1}`;
  if (t.handle) parts.push(sql`select ih.person_id as id from identities ih where ih.workspace_id = ${workspaceId} and ${startsWith(sql`lower(ih.handle)`, t.handle)} ${limit}`);
  if (t.words) parts.push(sql`select n.id from people n where n.workspace_id = ${workspaceId} and to_tsvector('simple', n.display_name) @@ to_tsquery('simple', ${t.words}) ${limit}`);
  parts.push(sql`select e.id from people e where e.workspace_id = ${workspaceId} and ${startsWith(sql`lower(e.email)`, t.text)} ${limit}`);
  parts.push(sql`select ie.person_id as id from identities ie where ie.workspace_id = ${workspaceId} and ie.email is not null and ${startsWith(sql`lower(ie.email)`, t.text)} ${limit}`);
  return parts;
}

/** The same test row by row, for a walk of the directory in order. */
function matchesRow(workspaceId: string, t: SearchTerms): SQL {
  const tests: SQL[] = [startsWith(sql`lower(${people.email})`, t.text)];
  if (t.words) tests.push(sql`to_tsvector('simple', ${people.displayName}) @@ to_tsquery('simple', ${t.words})`);
  const identity = [sql`(i.email is not null and ${startsWith(sql`lower(i.email)`, t.text)})`];
  if (t.handle) identity.push(startsWith(sql`lower(i.handle)`, t.handle));
  // offset 0 keeps it a per-row probe of identities_person: without it PostgreSQL may hash every
  // matching identity of the workspace first (tens of thousands for "b") before reading one person.
  tests.push(sql`exists (select 1 from identities i where i.workspace_id = ${workspaceId} and i.person_id = ${people.id} and (${sql.join(identity, sql` or `)}) offset 0)`);
  return sql`(${sql.join(tests, sql` or `)})`;
}

/**
 * The search as a condition on people. A selective search (every part under the cap) becomes the
 * list of matching ids, read from the indexes; a broad one ("a", "mar") is tested row by row while
 * the directory is walked newest first, which meets a page of matches after a few thousand rows.
 * One character is always broad; longer searches read part after part and stop at the first over the cap.
 */
async function searchCondition(db: Tx, workspaceId: string, search: string): Promise<SQL | null> {
  const terms = searchTerms(search);
  if (!terms) return null;
  if ([...terms.text].length < 2) return matchesRow(workspaceId, terms);
  const ids = new Set<string>();
  for (const part of searchParts(workspaceId, terms, SEARCH_HIT_CAP)) {
    const rows = await selectRows<{ id: string }>(db, part);
    if (rows.length > SEARCH_HIT_CAP) return matchesRow(workspaceId, terms);
    for (const r of rows) ids.add(r.id);
  }
  return ids.size ? sql`${people.id} = any(${sql.param([...ids])}::uuid[])` : null;
}

/** The workspace's people, newest first; people merged into another are left out. */
export async function listPeoplePage(db: Tx, workspaceId: string, f: PeoplePageFilter): Promise<Person[]> {
  const where: SQL[] = [eq(people.workspaceId, workspaceId), isNull(people.mergedIntoId)];
  if (f.search !== undefined) {
    const matches = await searchCondition(db, workspaceId, f.search);
    if (!matches) return [];
    where.push(matches);
  }
  if (f.tag) where.push(sql`${people.tags} @> array[${f.tag}]::text[]`);
  if (f.staff !== undefined) where.push(eq(people.isStaff, f.staff));
  if (f.network) where.push(sql`exists (select 1 from identities i where i.workspace_id = ${workspaceId} and i.person_id = ${people.id} and i.network = ${f.network})`);
  if (f.hasOpenConversation !== undefined) {
    const open = sql`exists (select 1 from conversations c where c.workspace_id = ${workspaceId} and c.person_id = ${people.id} and c.status <> 'resolved' and c.merged_into_id is null)`;
    where.push(f.hasOpenConversation ? open : sql`not ${open}`);
  }
  const after = afterPosition(f.after, people.createdAt, people.id);
  if (after) where.push(after);
  return db
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(...newestFirst(people.createdAt, people.id))
    .limit(f.limit);
}

export type IdentityBadge = { personId: string; network: string; handle: string | null; verified: boolean };

/** The networks and handles of a page of people, in one query. */
export function listIdentityBadges(db: Tx, workspaceId: string, personIds: string[]): Promise<IdentityBadge[]> {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .select({ personId: identities.personId, network: identities.network, handle: identities.handle, verified: identities.verified })
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.personId, personIds)))
    .orderBy(identities.createdAt);
}

/** Each person's latest activity time: one index probe each (activities_person_time). */
export async function lastActivityTimes(db: Tx, workspaceId: string, personIds: string[]): Promise<Map<string, Date>> {
  if (!personIds.length) return new Map();
  const rows = await selectRows<{ id: string; at: string | Date | null }>(
    db,
    sql`select v.id, (select max(a.occurred_at) from activities a where a.workspace_id = ${workspaceId} and a.person_id = v.id) as at
        from unnest(${sql.param(personIds)}::uuid[]) as v(id)`,
  );
  return new Map(rows.filter((r) => r.at).map((r) => [r.id, new Date(r.at!)]));
}

/** Ids of the workspace's people still in the directory, newest first: the rescan walks them page by page. */
export async function listPersonIdsPage(db: Tx, workspaceId: string, f: PageWindow): Promise<{ id: string; createdAt: Date }[]> {
  const where: SQL[] = [eq(people.workspaceId, workspaceId), isNull(people.mergedIntoId)];
  const after = afterPosition(f.after, people.createdAt, people.id);
  if (after) where.push(after);
  return db.select({ id: people.id, createdAt: people.createdAt }).from(people).where(and(...where)).orderBy(...newestFirst(people.createdAt, people.id)).limit(f.limit);
}

export function listIdentitiesOf(db: Tx, workspaceId: string, personId: string): Promise<Identity[]> {
  return db
    .select()
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.personId, personId)));
}

/** The person an external account already belongs to, if any (the survivor when that person was merged). */
export async function findIdentityOwner(db: Tx, workspaceId: string, network: string, externalId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ personId: sql<string>`coalesce(${people.mergedIntoId}, ${identities.personId})` })
    .from(identities)
    .innerJoin(people, eq(people.id, identities.personId))
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.network, network), eq(identities.externalId, externalId)));
  return row?.personId;
}

export async function insertIdentity(db: Tx, row: NewIdentity): Promise<Identity> {
  const [identity] = await db.insert(identities).values(row).returning();
  return identity!;
}

export type OpenConversationRow = {
  id: string;
  status: string;
  priority: string;
  subject: string | null;
  assigneeId: string | null;
  unreadCount: number;
  lastMessageAt: Date;
  lastMessageText: string | null;
  channel: { id: string; network: string; displayName: string };
};

/** The person's conversations that are not resolved, latest first (conversations_person). */
export async function listOpenConversationsOf(db: Tx, workspaceId: string, personId: string, limit: number): Promise<OpenConversationRow[]> {
  const rows = await db
    .select({
      id: conversations.id,
      status: conversations.status,
      priority: conversations.priority,
      subject: conversations.subject,
      assigneeId: conversations.assigneeId,
      unreadCount: conversations.unreadCount,
      lastMessageAt: conversations.lastMessageAt,
      lastMessageText: sql<string | null>`(select m.text from messages m where m.conversation_id = ${conversations.id} and m.kind = 'in' order by m.occurred_at desc limit 1)`,
      channelId: channels.id,
      network: channels.network,
      channelName: channels.displayName,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.personId, personId), ne(conversations.status, 'resolved'), isNull(conversations.mergedIntoId)))
    .orderBy(...newestFirst(conversations.lastMessageAt, conversations.id))
    .limit(limit);
  return rows.map(({ channelId, network, channelName, ...r }) => ({ ...r, channel: { id: channelId, network, displayName: channelName } }));
}
