// Writes a workspace's whole data as backup lines: the header, then every row, table by table
// in restore order. Rows are read a page at a time by keyset on id, inside one read-only
// repeatable-read transaction, so the file is a consistent snapshot and memory stays flat
// however many activities there are.
import { countBackupRows, readBackupRows } from '../../db/queries/backup/rows.ts';
import { backupTableNames } from '../../db/queries/backup/tables.ts';
import { findWorkspace } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { backupFormat, backupVersion, type BackupHeader } from './backup-format.ts';
import { currentMigrationTag } from './migration-tag.ts';

export type BackupProgress = (p: { table: string; done: number; total: number }) => void;

export type ExportInput = {
  workspaceId: string;
  /** Receives each line without its newline; awaiting it gives backpressure. */
  write(line: string): Promise<void> | void;
  pageSize?: number;
  onProgress?: BackupProgress;
};

export async function exportWorkspace(ctx: Ctx, input: ExportInput): Promise<BackupHeader> {
  const pageSize = input.pageSize ?? 1000;
  return inTransaction(
    ctx.db,
    async (db) => {
      const migration = await currentMigrationTag(db);
      if (!(await findWorkspace(db, input.workspaceId))) throw notFound('Workspace');
      const counts: Record<string, number> = {};
      for (const table of backupTableNames) counts[table] = await countBackupRows(db, table, input.workspaceId);
      const header: BackupHeader = {
        format: backupFormat,
        version: backupVersion,
        migration,
        workspaceId: input.workspaceId,
        createdAt: ctx.clock.now().toISOString(),
        counts,
      };
      await input.write(JSON.stringify(header));
      for (const table of backupTableNames) {
        const prefix = `{"table":${JSON.stringify(table)},"row":`;
        let done = 0;
        for await (const page of readBackupRows(db, table, input.workspaceId, pageSize)) {
          for (const row of page) await input.write(`${prefix}${row}}`);
          done += page.length;
          input.onProgress?.({ table, done, total: counts[table]! });
        }
      }
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
