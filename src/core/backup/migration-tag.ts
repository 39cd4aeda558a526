// Which migration a database is at, named by its drizzle-kit tag (e.g. 0000_init). A backup
// records it so that a restore only ever writes rows into the schema they came from.
import type { Tx } from '../../db/client.ts';
import { knownMigrationTags } from '../../db/migrate.ts';
import { countAppliedMigrations } from '../../db/queries/migrations.ts';
import { AppError } from '../shared/errors.ts';

/** The tag of the latest migration, refusing a database with migrations still to apply. */
export async function currentMigrationTag(db: Tx): Promise<string> {
  const tags = knownMigrationTags();
  const applied = await countAppliedMigrations(db);
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
