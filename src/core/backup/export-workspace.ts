// Writes a workspace's whole data as backup lines: the header, then every row, table by table
// in restore order. Rows are read a page at a time by keyset on id, inside one read-only
// repeatable-read transaction, so the file is a consistent snapshot and memory stays flat
// however many activities there are.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { backupFormat, backupVersion, type BackupHeader } from './backup-format.ts';
import { backupTables, type BackupTable } from './backup-tables.ts';
import { currentMigrationTag } from './migration-tag.ts';
import { selectRows } from './sql-rows.ts';
import type { Tx } from '../../db/client.ts';

export type BackupProgress = (p: { table: string; done: number; total: number }) => void;

export type ExportInput = {
  workspaceId: string;
  /** Receives each line without its newline; awaiting it gives backpressure. */
  write(line: string): Promise<void> | void;
  pageSize?: number;
  onProgress?: BackupProgress;
};

async function countRows(db: Tx, t: BackupTable, workspaceId: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(t.name)} t where ${t.belongsTo(workspaceId)}`);
  return row!.n;
}

async function* pagesOf(db: Tx, t: BackupTable, workspaceId: string, pageSize: number) {
  let after: string | undefined;
  for (;;) {
    const keyset = after ? sql`and t.id > ${after}::uuid` : sql``;
    // to_jsonb(...)::text is written to the file as is: no JS round trip to round numbers or times.
    const rows = await selectRows<{ id: string; row: string }>(
      db,
      sql`select t.id::text as id, to_jsonb(t)::text as row from ${sql.identifier(t.name)} t
          where ${t.belongsTo(workspaceId)} ${keyset} order by t.id limit ${pageSize}`,
    );
    if (rows.length) yield rows.map((r) => r.row);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

export async function exportWorkspace(ctx: Ctx, input: ExportInput): Promise<BackupHeader> {
  const pageSize = input.pageSize ?? 1000;
  return ctx.db.transaction(
    async (db) => {
      const migration = await currentMigrationTag(db);
      const [workspace] = await selectRows<{ id: string }>(db, sql`select id from workspaces where id = ${input.workspaceId}::uuid`);
      if (!workspace) throw notFound('Workspace');
      const counts: Record<string, number> = {};
      for (const t of backupTables) counts[t.name] = await countRows(db, t, input.workspaceId);
      const header: BackupHeader = {
        format: backupFormat,
        version: backupVersion,
        migration,
        workspaceId: input.workspaceId,
        createdAt: ctx.clock.now().toISOString(),
        counts,
      };
      await input.write(JSON.stringify(header));
      for (const t of backupTables) {
        const prefix = `{"table":${JSON.stringify(t.name)},"row":`;
        let done = 0;
        for await (const page of pagesOf(db, t, input.workspaceId, pageSize)) {
          for (const row of page) await input.write(`${prefix}${row}}`);
          done += page.length;
          input.onProgress?.({ table: t.name, done, total: counts[t.name]! });
        }
      }
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
