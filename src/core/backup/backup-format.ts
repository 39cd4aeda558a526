// The backup file: gzipped JSON lines. Line 1 is the header; every other line is one row,
// `{"table": <name>, "row": <the row as PostgreSQL's to_jsonb gives it>}`. Rows use the
// database's column names, so the format is the schema at the header's migration.
// See docs/adr/0005-workspace-backup-format.md.
import { z } from 'zod';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../shared/errors.ts';
import { backupTableNames, backupTables, sqlColumns } from './backup-tables.ts';

export const backupFormat = 'tandem-backup';
export const backupVersion = 1;

const counts = z.strictObject(Object.fromEntries(backupTableNames.map((name) => [name, z.number().int().min(0)])));

export const headerSchema = z.strictObject({
  format: z.literal(backupFormat),
  version: z.literal(backupVersion),
  migration: z.string().min(1),
  workspaceId: z.guid(),
  createdAt: z.iso.datetime({ offset: true }),
  counts,
});
export type BackupHeader = z.infer<typeof headerSchema>;

const lineSchema = z.strictObject({ table: z.enum(backupTableNames), row: z.record(z.string(), z.unknown()) });

// Derived from the Drizzle columns, so a new column is covered the day it lands; an unknown
// column type stops the process rather than letting it through unchecked.
function columnSchema(column: PgColumn): z.ZodType {
  const base = (() => {
    switch (column.columnType) {
      case 'PgUUID':
        return z.guid();
      case 'PgText':
        return column.enumValues?.length ? z.enum(column.enumValues as [string, ...string[]]) : z.string();
      case 'PgTimestamp':
        return z.iso.datetime({ offset: true });
      case 'PgBoolean':
        return z.boolean();
      case 'PgInteger':
        return z.number().int();
      case 'PgJsonb':
        return z.unknown();
      case 'PgArray':
        return z.array(z.string());
      default:
        throw new Error(`backup: no validation for column type ${column.columnType} (${column.name})`);
    }
  })();
  return column.notNull ? base : base.nullable();
}

const rowSchemas = new Map(
  backupTables.map((t) => {
    const columns = sqlColumns(t.table);
    const shape = Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)]));
    return [t.name, { columns: columns.map((c) => c.name), schema: z.strictObject(shape) }];
  }),
);

export const invalidLine = (line: number, why: string) =>
  new AppError('backup_invalid', `Backup line ${line}: ${why}`, { line });

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function parseHeader(value: unknown, line: number): BackupHeader {
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw invalidLine(line, `not a Tandem backup header (${describeIssue(parsed.error.issues[0]!)})`);
  return parsed.data;
}

export type BackupRow = { table: string; row: Record<string, unknown> };

/** Checks one row line against its table's columns: every column present, none unknown. */
export function parseRowLine(value: unknown, line: number): BackupRow {
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) throw invalidLine(line, describeIssue(parsed.error.issues[0]!));
  const { table, row } = parsed.data;
  const { columns, schema } = rowSchemas.get(table)!;
  const missing = columns.find((c) => !(c in row));
  if (missing) throw invalidLine(line, `${table} row lacks column ${missing}`);
  const checked = schema.safeParse(row);
  if (!checked.success) throw invalidLine(line, `${table} row: ${describeIssue(checked.error.issues[0]!)}`);
  // Keep the row as parsed (not zod's copy): numbers inside jsonb stay exactly as written.
  return { table, row };
}
