// Reading and writing a workspace's rows for backup and restore. Rows travel as PostgreSQL's
// to_jsonb gives them and go back in through jsonb_populate_recordset, so no value takes a
// JavaScript round trip that could round a number or a time.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../client.ts';
import { selectRows } from '../select-rows.ts';
import { backupTables, type BackupTable } from './tables.ts';

const tableNamed = (name: string): BackupTable => {
  const table = backupTables.find((t) => t.name === name);
  if (!table) throw new Error(`${name} is not a backed-up table`);
  return table;
};

export async function countBackupRows(db: Tx, table: string, workspaceId: string): Promise<number> {
  const t = tableNamed(table);
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(t.name)} t where ${t.belongsTo(workspaceId)}`);
  return row!.n;
}

/** The workspace's rows of one table as JSON text, a page at a time by keyset on id. */
export async function* readBackupRows(db: Tx, table: string, workspaceId: string, pageSize: number): AsyncGenerator<string[]> {
  const t = tableNamed(table);
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

/** Inserts rows keyed by column name; the database's own error is thrown if it refuses them. */
export async function insertBackupRows(db: Tx, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const t = sql.identifier(tableNamed(table).name);
  await db.execute(sql`insert into ${t} select * from jsonb_populate_recordset(null::${t}, ${JSON.stringify(rows)}::jsonb)`);
}

/** The first reference of the workspace's rows into another workspace (a crafted file could make one). */
export async function findCrossWorkspaceRef(db: Tx, workspaceId: string): Promise<{ table: string; column: string } | undefined> {
  for (const t of backupTables) {
    for (const ref of t.sameWorkspaceRefs ?? []) {
      const [row] = await selectRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${sql.identifier(t.name)} c join ${sql.identifier(ref.table)} p on p.id = c.${sql.identifier(ref.column)}
            where c.workspace_id = ${workspaceId}::uuid and p.workspace_id <> ${workspaceId}::uuid`,
      );
      if (row!.n > 0) return { table: t.name, column: ref.column };
    }
  }
  return undefined;
}
