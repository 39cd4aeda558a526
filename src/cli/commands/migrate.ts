// `tandem migrate`: apply pending database migrations and exit.
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations, pendingMigrations } from '../../db/migrate.ts';
import type { Command } from './index.ts';

export const migrateCommand: Command = {
  summary: 'Apply pending database migrations',
  async run() {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const before = await pendingMigrations(database);
      await applyMigrations(database);
      console.log(before > 0 ? `Applied ${before} migration(s).` : 'The database is up to date.');
      return 0;
    } finally {
      await database.close();
    }
  },
};
