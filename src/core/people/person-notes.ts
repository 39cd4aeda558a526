// Notes a teammate keeps on a person (never sent anywhere). Anyone who may edit people writes
// them; only the author deletes one (owners and admins too, to clean up after someone left).
import { deletePersonNote, findPersonNote, insertPersonNote, listPersonNotesPage } from '../../db/queries/person-notes.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { requireActivePerson } from './people.ts';
import { resolvePerson } from './resolve-person.ts';

const authorOf = (ctx: WorkspaceCtx) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function addPersonNote(ctx: WorkspaceCtx, personId: string, input: { body: string }) {
  const body = input.body.trim();
  if (!body) throw new AppError('validation_failed', 'A note needs some text');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    await requireActivePerson(tx, personId);
    const note = await insertPersonNote(db, { id: newId(), workspaceId: ctx.workspaceId, personId, authorId: authorOf(ctx), body, createdAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.note_add', targetType: 'person', targetId: personId, after: note });
    return (await findPersonNote(db, ctx.workspaceId, note.id))!;
  });
}

/** The notes of the person standing for `personId` (a merged person's notes moved with the merge). */
export async function listPersonNotes(ctx: WorkspaceCtx, personId: string, f: { cursor?: string; limit: number }) {
  const { person } = await resolvePerson(ctx, personId);
  return notesOfResolved(ctx, person.id, f);
}

/** A page of notes of a person already resolved (a merged person's survivor), newest first. */
export async function notesOfResolved(ctx: WorkspaceCtx, personId: string, f: { cursor?: string; limit: number }) {
  const rows = await listPersonNotesPage(ctx.db, ctx.workspaceId, personId, pageWindow(f.cursor, f.limit));
  return toPage(rows, f.limit, (r) => r.createdAt);
}

export async function deleteNote(ctx: WorkspaceCtx, personId: string, noteId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const note = await findPersonNote(db, ctx.workspaceId, noteId);
    if (!note || note.personId !== personId) throw notFound('Note');
    const mayCleanUp = ctx.role === 'owner' || ctx.role === 'admin';
    if (!mayCleanUp && (note.authorId === null || note.authorId !== authorOf(ctx))) throw new AppError('not_note_author', 'Only the author of a note may delete it');
    await deletePersonNote(db, ctx.workspaceId, noteId);
    const { authorName: _name, ...before } = note;
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.note_delete', targetType: 'person', targetId: personId, before });
  });
}
