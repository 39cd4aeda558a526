// Applies the committed drizzle-kit migrations and tells whether any are pending.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';
import { countAppliedMigrations } from './queries/migrations.ts';

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

/** The migrations this build ships, by drizzle-kit tag (e.g. 0000_init), oldest first. */
let tags: string[] | undefined;
export function knownMigrationTags(): string[] {
  // The journal is part of this build and cannot change under it: read it once, not per /readyz.
  tags ??= (JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }).entries.map((e) => e.tag);
  return tags;
}

export async function pendingMigrations(database: Database): Promise<number> {
  // Before the first migration there is no drizzle schema to count in: nothing is applied.
  const applied = await countAppliedMigrations(database.db).catch(() => 0);
  return knownMigrationTags().length - applied;
}
