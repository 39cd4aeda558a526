// Which migrations exist (drizzle-kit's journal, by tag such as 0000_init) and how many a
// database has applied.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { migrationsFolder } from '../migrate.ts';
import { selectRows } from './select-rows.ts';

export function knownMigrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

export async function countAppliedMigrations(db: Tx): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}
