// Applies the committed drizzle-kit migrations and tells whether any are pending.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function applyMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder };
  if (database.kind === 'pglite') await migratePglite(database.db as never, config);
  else {
    // Several processes may start at once against one PostgreSQL; let one migrate at a time.
    const client = await database.pool!.connect();
    try {
      await client.query('select pg_advisory_lock(7461766)');
      await migratePg(database.db as never, config);
    } finally {
      await client.query('select pg_advisory_unlock(7461766)').catch(() => {});
      client.release();
    }
  }
}

export async function pendingMigrations(database: Database): Promise<number> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const rows = await database
    .query<{ n: string }>('select count(*)::text as n from drizzle.__drizzle_migrations')
    .catch(() => [{ n: '0' }]);
  return journal.entries.length - Number(rows[0]?.n ?? 0);
}
