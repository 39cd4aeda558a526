// What a workspace backup holds, in the order a restore must insert it (parents before
// children). Sessions and login failures are left out on purpose: they are short-lived and
// would let a restored file sign someone in.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  activities,
  apiTokens,
  auditEntries,
  channels,
  identities,
  invitations,
  memberships,
  people,
  users,
  workspaces,
} from '../../db/schema/index.ts';

export type BackupTable = {
  name: string;
  table: PgTable;
  /** Rows of this table that belong to the workspace; `t` is the table's alias. */
  belongsTo(workspaceId: string): SQL;
  /** Columns pointing at rows that must sit in the same workspace, checked after a restore. */
  sameWorkspaceRefs?: { column: string; table: string }[];
};

const byWorkspace = (workspaceId: string) => sql`t.workspace_id = ${workspaceId}::uuid`;

export const backupTables: BackupTable[] = [
  { name: 'workspaces', table: workspaces, belongsTo: (id) => sql`t.id = ${id}::uuid` },
  {
    // Members, plus whoever invited someone or created a token, so no reference dangles.
    name: 'users',
    table: users,
    belongsTo: (id) => sql`t.id in (
      select user_id from memberships where workspace_id = ${id}::uuid
      union select invited_by from invitations where workspace_id = ${id}::uuid and invited_by is not null
      union select created_by from api_tokens where workspace_id = ${id}::uuid and created_by is not null)`,
  },
  { name: 'memberships', table: memberships, belongsTo: byWorkspace },
  { name: 'invitations', table: invitations, belongsTo: byWorkspace },
  { name: 'api_tokens', table: apiTokens, belongsTo: byWorkspace },
  { name: 'channels', table: channels, belongsTo: byWorkspace },
  { name: 'people', table: people, belongsTo: byWorkspace },
  { name: 'identities', table: identities, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'person_id', table: 'people' }] },
  {
    name: 'activities',
    table: activities,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'person_id', table: 'people' },
      { column: 'channel_id', table: 'channels' },
    ],
  },
  { name: 'audit_entries', table: auditEntries, belongsTo: byWorkspace },
];

export const backupTableNames = backupTables.map((t) => t.name);

// The names above are written by hand for readability; make sure they match the schema.
for (const t of backupTables) {
  if (getTableName(t.table) !== t.name) throw new Error(`backup table ${t.name} is named ${getTableName(t.table)} in the schema`);
}

/** The table's columns by their SQL name. */
export function sqlColumns(table: PgTable): PgColumn[] {
  return Object.values(getTableColumns(table)) as PgColumn[];
}
