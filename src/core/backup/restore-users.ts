// Users are shared by all workspaces, so a restore matches them rather than copying them:
// an account with the same e-mail (or, failing that, the same id: someone who changed e-mail
// since the backup) is reused as it is, password included. Only unknown accounts are inserted.
import type { Tx } from '../../db/client.ts';
import { insertBackupRows } from '../../db/queries/backup/rows.ts';
import { findUserByEmail, findUserById } from '../../db/queries/users.ts';

export async function restoreUser(db: Tx, row: Record<string, unknown>): Promise<{ id: string; reused: boolean }> {
  const existing = (await findUserByEmail(db, row.email as string)) ?? (await findUserById(db, row.id as string));
  if (existing) return { id: existing.id, reused: true };
  await insertBackupRows(db, 'users', [row]);
  return { id: row.id as string, reused: false };
}

/** Columns that name a user, per table; a restore points them at the matched accounts. */
type UserRef = { column: string; mustBeInBackup: boolean; when?: (row: Record<string, unknown>) => boolean };
const userColumns: Record<string, UserRef[]> = {
  memberships: [{ column: 'user_id', mustBeInBackup: true }],
  invitations: [{ column: 'invited_by', mustBeInBackup: true }],
  api_tokens: [{ column: 'created_by', mustBeInBackup: true }],
  // Audit keeps the ids of people who have since left; only the ids of users in the backup move.
  audit_entries: [{ column: 'actor_id', mustBeInBackup: false, when: (row) => row.actor_type === 'user' }],
};

/** Rewrites user references in place; returns the column that names a user not in the backup. */
export function remapUserReferences(table: string, row: Record<string, unknown>, userIds: Map<string, string>): string | undefined {
  for (const ref of userColumns[table] ?? []) {
    const value = row[ref.column];
    if (value === null || (ref.when && !ref.when(row))) continue;
    const mapped = userIds.get(value as string);
    if (mapped) row[ref.column] = mapped;
    else if (ref.mustBeInBackup) return ref.column;
  }
  return undefined;
}
