// Keyset cursors (time, id) for lists sorted newest first: stable under inserts and fast at
// any depth, unlike OFFSET.
import { AppError } from './errors.ts';

export const encodeCursor = (at: Date, id: string): string => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw new AppError('validation_failed', 'The cursor is not valid');
  return { at: date, id };
}
