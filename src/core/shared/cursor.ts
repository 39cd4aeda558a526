// Keyset paging for lists sorted newest first on (time, id): stable under inserts and fast at
// any depth, unlike OFFSET. The cursor is the (time, id) of the last row of the previous page;
// the query that reads "after" it lives in src/db/queries/keyset.ts.
import { AppError } from './errors.ts';

export const encodeCursor = (at: Date, id: string): string => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw new AppError('validation_failed', 'The cursor is not valid');
  return { at: date, id };
}

/** The window to fetch for a page: rows after the cursor, one more than the page holds. */
export const pageWindow = (cursor: string | undefined, limit: number) => ({ after: decodeCursor(cursor), limit: limit + 1 });

/** Cuts the limit+1 rows a query fetched into a page and the cursor of the next one. */
export function toPage<T extends { id: string }>(rows: T[], limit: number, timeOf: (row: T) => Date) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(timeOf(last), last.id) : null };
}
