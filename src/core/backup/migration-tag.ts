// Which migration a database is at, named by its drizzle-kit tag (e.g. 0000_init). A backup
// records it so that a restore only ever writes rows into the schema they came from.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { migrationsFolder } from '../../db/migrate.ts';
import { AppError } from '../shared/errors.ts';
import { selectRows } from './sql-rows.ts';

export function knownMigrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** The tag of the latest migration, refusing a database with migrations still to apply. */
export async function currentMigrationTag(db: Tx): Promise<string> {
  const tags = knownMigrationTags();
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const applied = row?.n ?? 0;
  if (applied !== tags.length) {
    throw new AppError(
      'migrations_pending',
      applied < tags.length
        ? `The database has ${tags.length - applied} migration(s) to apply; run tandem migrate first`
        : 'The database was migrated by a newer Tandem than this one',
    );
  }
  return tags.at(-1)!;
}
