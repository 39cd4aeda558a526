// What a saved reply is made of, checked the same way on create and update: a name, a shortcut
// typed after "/" (unique in the workspace, any case) and a body whose variables all exist.
import type { Tx } from '../../../db/client.ts';
import { shortcutTaken } from '../../../db/queries/saved-replies.ts';
import { AppError } from '../../shared/errors.ts';
import { checkVariables } from './variables.ts';

export type SavedReplyFields = { name: string; shortcut: string; body: string };

export const SHORTCUT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

export function checkFields(fields: Partial<SavedReplyFields>): void {
  if (fields.shortcut !== undefined && !SHORTCUT_PATTERN.test(fields.shortcut)) throw new AppError('validation_failed', 'A shortcut is 1 to 40 letters, digits, "-" or "_", starting with a letter or digit');
  if (fields.body !== undefined) checkVariables(fields.body);
}

export const shortcutConflict = (shortcut: string) => new AppError('conflict', `The shortcut /${shortcut} is already used by another saved reply`, { reason: 'shortcut_taken', shortcut });

export async function checkShortcutFree(db: Tx, workspaceId: string, shortcut: string, exceptId?: string): Promise<void> {
  if (await shortcutTaken(db, workspaceId, shortcut, exceptId)) throw shortcutConflict(shortcut);
}
