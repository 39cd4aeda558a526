// `tandem restore`: brings a workspace back from a `tandem backup` file. Migrates the database
// first, so a fresh data directory works; the restore itself is one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { readBackupLines } from '../../core/backup/backup-file.ts';
import { importWorkspace } from '../../core/backup/import-workspace.ts';
import { systemActor, systemClock } from '../../core/shared/context.ts';
import { AppError } from '../../core/shared/errors.ts';
import { progressPrinter } from './backup.ts';
import type { Command } from './index.ts';

export const restoreCommand: Command = {
  summary: 'Restore a workspace from a backup file',
  usage:
    '--in <file> [--replace]\n\n' +
    'Refuses a workspace that already exists unless --replace is given, which deletes it first (in the same\n' +
    'transaction: a failed restore changes nothing). Users are matched by e-mail; an existing account keeps\n' +
    'its password. With the embedded database, stop `tandem start` first.',
  async run(args) {
    const { values } = parseArgs({ args, options: { in: { type: 'string' }, replace: { type: 'boolean' } }, strict: true });
    if (!values.in) throw new AppError('validation_failed', '--in <file> is required');
    const file = path.resolve(values.in);
    if (!fs.existsSync(file)) throw new AppError('not_found', `No file at ${file}`);
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await applyMigrations(database);
      const ctx = { db: database.db, clock: systemClock, actor: systemActor('cli') };
      const result = await importWorkspace(ctx, { lines: readBackupLines(file), replace: values.replace, onProgress: progressPrinter('Restoring') });
      const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
      const reused = result.reusedUsers ? ` (${result.reusedUsers} existing account(s) reused, passwords unchanged)` : '';
      console.log(`Restored workspace ${result.workspaceId}: ${rows} rows${reused}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
