// `tandem backup`: a workspace's whole data to one gzipped JSON-lines file (format in
// docs/adr/0005-workspace-backup-format.md). The file holds password and token hashes and
// sealed channel credentials, so it is written 0600 and should be kept like a secret.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { writeBackupFile } from '../../core/backup/backup-file.ts';
import { exportWorkspace, type BackupProgress } from '../../core/backup/export-workspace.ts';
import { systemActor, systemClock } from '../../core/shared/context.ts';
import { AppError } from '../../core/shared/errors.ts';
import { isUuid } from '../../core/shared/ids.ts';
import type { Command } from './index.ts';

/** Progress on stderr for big tables only, at most once a second, so small runs stay quiet. */
export function progressPrinter(verb: string, minRows = 10_000): BackupProgress {
  let last = 0;
  return ({ table, done, total }) => {
    if (total < minRows) return;
    const now = Date.now();
    if (done < total && now - last < 1000) return;
    last = now;
    const percent = Math.floor((done / total) * 100);
    process.stderr.write(`${verb} ${table}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${percent}%)\n`);
  };
}

export const backupCommand: Command = {
  summary: "Write a workspace's whole data to a file (sensitive: it holds password hashes)",
  usage:
    '--workspace <id> --out <file> [--force]\n\n' +
    'The file holds users\' password hashes, token hashes and sealed channel credentials: keep it private.\n' +
    'With the embedded database, stop `tandem start` first. --force overwrites an existing file.',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
    });
    if (!values.workspace || !isUuid(values.workspace)) throw new AppError('validation_failed', '--workspace must be a workspace id');
    if (!values.out) throw new AppError('validation_failed', '--out <file> is required');
    const out = path.resolve(values.out);
    if (fs.existsSync(out) && !values.force) throw new AppError('conflict', `${out} already exists (use --force to overwrite it)`);
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const ctx = { db: database.db, clock: systemClock, actor: systemActor('cli') };
      const workspaceId = values.workspace;
      const header = await writeBackupFile(out, (write) => exportWorkspace(ctx, { workspaceId, write, onProgress: progressPrinter('Backing up') }));
      const rows = Object.values(header.counts).reduce((a, b) => a + b, 0);
      const size = (fs.statSync(out).size / 1024 / 1024).toFixed(1);
      console.log(`Backed up workspace ${workspaceId}: ${rows} rows to ${out} (${size} MB)`);
      console.error('This file holds password hashes, token hashes and sealed channel credentials: keep it private.');
      return 0;
    } finally {
      await database.close();
    }
  },
};
