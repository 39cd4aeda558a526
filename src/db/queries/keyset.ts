// Keyset paging for lists sorted newest first on (time, id): the condition "strictly after the
// last row of the previous page". Encoding that position as a cursor string is core's business.
import { and, eq, lt, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** The (time, id) of the last row of the previous page. */
export type KeysetPosition = { at: Date; id: string };

/** A page of a newest-first list: rows strictly after `after`, at most `limit` of them. */
export type PageWindow = { after?: KeysetPosition; limit: number };

/** The condition "strictly after the position" in (time desc, id desc) order. */
export function afterPosition(after: KeysetPosition | undefined, time: PgColumn, id: PgColumn): SQL | undefined {
  return after && or(lt(time, after.at), and(eq(time, after.at), lt(id, after.id)));
}

/**
 * The (key desc, id desc) order written as Drizzle's .desc() builds the indexes: "desc nulls last".
 * A plain `order by col desc` means nulls first, which PostgreSQL will not read from such an index
 * (even on a not-null column): it sorts the whole table instead. For `.orderBy(...newestFirst(t, id))`.
 */
export const newestFirst = (key: SQLWrapper, id: SQLWrapper): SQL[] => [sql`${key} desc nulls last`, sql`${id} desc nulls last`];
