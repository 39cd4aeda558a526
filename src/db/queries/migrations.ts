// How many migrations a database has applied (which ones exist is src/db/migrate.ts's business).
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

export async function countAppliedMigrations(db: Tx): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}
