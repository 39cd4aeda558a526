// Restores a workspace from backup lines. Every line is validated as it is read, rows are
// inserted in batches in the file's (dependency) order, and all of it happens in one
// transaction: a bad line anywhere, a truncated file or a refused row leaves the database as
// it was, including the workspace that --replace would have deleted.
import type { Tx } from '../../db/client.ts';
import { findCrossWorkspaceRef, insertBackupRows } from '../../db/queries/backup/rows.ts';
import { backupTableNames } from '../../db/queries/backup/tables.ts';
import { knownMigrationTags } from '../../db/migrate.ts';
import { deleteWorkspace, findWorkspace } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { invalidLine, parseHeader, parseRowLine, type BackupHeader } from './backup-format.ts';
import type { BackupProgress } from './export-workspace.ts';
import { parseJsonLosslessly } from './lossless-json.ts';
import { currentMigrationTag } from './migration-tag.ts';
import { remapUserReferences, restoreUser } from './restore-users.ts';

export type ImportInput = { lines: AsyncIterable<string>; replace?: boolean; batchSize?: number; onProgress?: BackupProgress };
export type ImportResult = { workspaceId: string; counts: Record<string, number>; reusedUsers: number };

/** Numbers lines from 1 and turns read errors (bad gzip, cut-off file) into backup_invalid. */
async function* numbered(lines: AsyncIterable<string>): AsyncGenerator<{ n: number; text: string }> {
  let n = 0;
  const it = lines[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await it.next();
    } catch (err) {
      throw invalidLine(n + 1, `the file cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
    if (next.done) return;
    yield { n: ++n, text: next.value };
  }
}

function parseJsonLine(text: string, n: number): unknown {
  try {
    return parseJsonLosslessly(text);
  } catch {
    throw invalidLine(n, 'not valid JSON');
  }
}

function checkMigration(header: BackupHeader, current: string) {
  if (header.migration === current) return;
  throw new AppError(
    'backup_invalid',
    knownMigrationTags().includes(header.migration)
      ? `The backup was made at migration ${header.migration} but this database is at ${current}; restore it with the Tandem version that made it, then upgrade`
      : `The backup was made by a newer Tandem (migration ${header.migration})`,
  );
}

const refusedBy = (err: unknown) => {
  const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err instanceof Error ? err.message : String(err));
  return cause.slice(0, 300);
};

async function insertBatch(db: Tx, table: string, rows: Record<string, unknown>[], lines: [number, number]) {
  try {
    await insertBackupRows(db, table, rows);
  } catch (err) {
    throw new AppError('backup_invalid', `Backup lines ${lines[0]}-${lines[1]}: the database refused these ${table} rows (${refusedBy(err)})`, { line: lines[0] });
  }
}

/** A crafted file must not tie this workspace's rows to another workspace's people or channels. */
async function checkSameWorkspace(db: Tx, workspaceId: string) {
  const ref = await findCrossWorkspaceRef(db, workspaceId);
  if (ref) throw new AppError('backup_invalid', `The backup's ${ref.table}.${ref.column} points into another workspace`);
}

export async function importWorkspace(ctx: Ctx, input: ImportInput): Promise<ImportResult> {
  const batchSize = input.batchSize ?? 500;
  const lines = numbered(input.lines);
  const first = await lines.next();
  if (first.done) throw invalidLine(1, 'the file is empty');
  const header = parseHeader(parseJsonLine(first.value.text, 1), 1);
  const workspaceId = header.workspaceId;

  return inTransaction(ctx.db, async (db) => {
    checkMigration(header, await currentMigrationTag(db));
    const existing = await findWorkspace(db, workspaceId);
    if (existing && !input.replace) throw new AppError('workspace_exists', `Workspace ${workspaceId} already exists here (use --replace to overwrite it)`);
    // Deleting the workspace cascades to everything in it; users stay, they may belong elsewhere.
    if (existing) await deleteWorkspace(db, workspaceId);

    const counts: Record<string, number> = Object.fromEntries(backupTableNames.map((n) => [n, 0]));
    const userIds = new Map<string, string>();
    let reusedUsers = 0;
    let tableIndex = 0;
    let batch: Record<string, unknown>[] = [];
    let batchStart = 0;
    let lastLine = 1;
    const flush = async () => {
      if (!batch.length) return;
      const table = backupTableNames[tableIndex]!;
      await insertBatch(db, table, batch, [batchStart, lastLine]);
      batch = [];
      input.onProgress?.({ table, done: counts[table]!, total: header.counts[table]! });
    };

    for await (const { n, text } of lines) {
      lastLine = n;
      const { table, row } = parseRowLine(parseJsonLine(text, n), n);
      const index = backupTableNames.indexOf(table);
      if (index < tableIndex) throw invalidLine(n, `${table} rows come after ${backupTableNames[tableIndex]} rows; the file is out of order`);
      if (index > tableIndex) {
        lastLine = n - 1;
        await flush();
        lastLine = n;
        tableIndex = index;
      }
      if (tableIndex > 0 && counts.workspaces === 0) throw invalidLine(n, 'the workspace row is missing');
      if (table === 'workspaces' && (row.id !== workspaceId || counts.workspaces)) throw invalidLine(n, 'this is not the workspace the header names');
      if ('workspace_id' in row && row.workspace_id !== workspaceId) throw invalidLine(n, `${table} row belongs to another workspace`);
      counts[table]!++;
      if (table === 'users') {
        const user = await restoreUser(db, row);
        userIds.set(row.id as string, user.id);
        if (user.reused) reusedUsers++;
        continue;
      }
      const unknownUser = remapUserReferences(table, row, userIds);
      if (unknownUser) throw invalidLine(n, `${table}.${unknownUser} names a user who is not in the backup`);
      if (!batch.length) batchStart = n;
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
    await flush();

    for (const name of backupTableNames) {
      if (counts[name] !== header.counts[name]) {
        throw invalidLine(lastLine + 1, `the header announces ${header.counts[name]} ${name} rows but the file holds ${counts[name]}; it is truncated or altered`);
      }
    }
    await checkSameWorkspace(db, workspaceId);
    return { workspaceId, counts, reusedUsers };
  });
}
