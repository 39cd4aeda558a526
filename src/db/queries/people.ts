// People and the identities that point at them, always within one workspace.
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { identities, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';
import { escapeLike } from './like.ts';

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

/** Which of these ids are people of the workspace. */
export async function findPersonIds(db: Tx, workspaceId: string, personIds: string[]): Promise<string[]> {
  const rows = await db.select({ id: people.id }).from(people).where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds)));
  return rows.map((r) => r.id);
}

export async function updatePersonRow(db: Tx, workspaceId: string, personId: string, changes: PersonChanges): Promise<Person | undefined> {
  const [row] = await db.update(people).set(changes).where(byId(workspaceId, personId)).returning();
  return row;
}

export type PeoplePageFilter = PageWindow & {
  /** Text in the display name or e-mail, case-insensitive. */
  search?: string;
  tag?: string;
};

/** The workspace's people, newest first. */
export function listPeoplePage(db: Tx, workspaceId: string, f: PeoplePageFilter): Promise<Person[]> {
  const where: SQL[] = [eq(people.workspaceId, workspaceId)];
  if (f.search) {
    const like = `%${escapeLike(f.search)}%`;
    where.push(or(ilike(people.displayName, like), ilike(people.email, like))!);
  }
  if (f.tag) where.push(sql`${people.tags} @> array[${f.tag}]::text[]`);
  const after = afterPosition(f.after, people.createdAt, people.id);
  if (after) where.push(after);
  return db
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(desc(people.createdAt), desc(people.id))
    .limit(f.limit);
}

export function listIdentitiesOf(db: Tx, workspaceId: string, personId: string): Promise<Identity[]> {
  return db
    .select()
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.personId, personId)));
}

/** The person an external account already belongs to, if any. */
export async function findIdentityOwner(db: Tx, workspaceId: string, network: string, externalId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ personId: identities.personId })
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.network, network), eq(identities.externalId, externalId)));
  return row?.personId;
}

export async function insertIdentity(db: Tx, row: NewIdentity): Promise<Identity> {
  const [identity] = await db.insert(identities).values(row).returning();
  return identity!;
}
