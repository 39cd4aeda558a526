// Teammates' notes on a person, newest first (person_notes_person), with the author's name.
import { and, eq, type SQL } from 'drizzle-orm';
import { personNotes, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, newestFirst, type PageWindow } from './keyset.ts';

export type PersonNoteRow = typeof personNotes.$inferSelect;
export type PersonNoteView = PersonNoteRow & { authorName: string | null };

export async function insertPersonNote(db: Tx, row: typeof personNotes.$inferInsert): Promise<PersonNoteRow> {
  const [saved] = await db.insert(personNotes).values(row).returning();
  return saved!;
}

export function listPersonNotesPage(db: Tx, workspaceId: string, personId: string, f: PageWindow): Promise<PersonNoteView[]> {
  const where: (SQL | undefined)[] = [eq(personNotes.workspaceId, workspaceId), eq(personNotes.personId, personId), afterPosition(f.after, personNotes.createdAt, personNotes.id)];
  return db
    .select({ note: personNotes, authorName: users.name })
    .from(personNotes)
    .leftJoin(users, eq(users.id, personNotes.authorId))
    .where(and(...where))
    .orderBy(...newestFirst(personNotes.createdAt, personNotes.id))
    .limit(f.limit)
    .then((rows) => rows.map((r) => ({ ...r.note, authorName: r.authorName })));
}

export async function findPersonNote(db: Tx, workspaceId: string, noteId: string): Promise<PersonNoteView | undefined> {
  const [row] = await db
    .select({ note: personNotes, authorName: users.name })
    .from(personNotes)
    .leftJoin(users, eq(users.id, personNotes.authorId))
    .where(and(eq(personNotes.id, noteId), eq(personNotes.workspaceId, workspaceId)));
  return row && { ...row.note, authorName: row.authorName };
}

export async function deletePersonNote(db: Tx, workspaceId: string, noteId: string): Promise<void> {
  await db.delete(personNotes).where(and(eq(personNotes.id, noteId), eq(personNotes.workspaceId, workspaceId)));
}
