// The backup file: gzipped JSON lines. Line 1 is the header; every other line is one row,
// `{"table": <name>, "row": <the row as PostgreSQL's to_jsonb gives it>}`. Rows use the
// database's column names, so the format is the schema at the header's migration.
// See docs/adr/0005-workspace-backup-format.md.
import { z } from 'zod';
import { backupColumns, backupTableNames, type BackupColumn } from '../../db/queries/backup/tables.ts';
import { AppError } from '../shared/errors.ts';

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

// The columns come from the schema (src/db/queries/backup/tables.ts), so a new column is
// validated the day it lands.
function columnSchema(column: BackupColumn): z.ZodType {
  const base = (() => {
    switch (column.kind) {
      case 'uuid':
        return z.guid();
      case 'text':
        return column.enumValues ? z.enum(column.enumValues as [string, ...string[]]) : z.string();
      case 'timestamp':
        return z.iso.datetime({ offset: true });
      case 'date':
        return z.iso.date();
      case 'boolean':
        return z.boolean();
      case 'integer':
        return z.number().int();
      case 'number':
        return z.number();
      case 'jsonb':
        return z.unknown();
      case 'text[]':
        return z.array(z.string());
      case 'uuid[]':
        return z.array(z.guid());
    }
  })();
  return column.notNull ? base : base.nullable();
}

const rowSchemas = new Map(
  [...backupColumns].map(([table, columns]) => {
    const shape = Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)]));
    return [table, { columns: columns.map((c) => c.name), schema: z.strictObject(shape) }];
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
