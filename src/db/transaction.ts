// Transaction boundaries for the use-cases: core decides which work belongs together, this file
// is how it says so without touching Drizzle. Inside an open transaction, a nested call becomes a
// savepoint, so a use-case that opens one can still be called from another's transaction.
import { sql } from 'drizzle-orm';
import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Tx } from './client.ts';

export type TransactionOptions = PgTransactionConfig;

export function inTransaction<T>(db: Tx, fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return db.transaction(fn, options);
}

/** Serialises first-run setup until the transaction ends, so two visitors cannot both become owner. */
export async function lockForSetup(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7461767)`);
}
