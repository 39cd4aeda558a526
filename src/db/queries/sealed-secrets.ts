// Every column that holds a sealed secret, read and rewritten in id order for key rotation.
// A new sealed column gets a line in `sealedColumns`, or rotation leaves it under the old key.
import { and, asc, eq, gt, isNotNull, not, like, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { channels, outboundWebhooks } from '../schema/index.ts';
import type { Tx } from '../client.ts';

type SealedColumn = { name: string; table: PgTable; id: PgColumn; workspaceId: PgColumn; secret: PgColumn; field: string };

export const sealedColumns: readonly SealedColumn[] = [
  { name: 'channels.credentials', table: channels, id: channels.id, workspaceId: channels.workspaceId, secret: channels.credentials, field: 'credentials' },
  { name: 'outbound_webhooks.secret', table: outboundWebhooks, id: outboundWebhooks.id, workspaceId: outboundWebhooks.workspaceId, secret: outboundWebhooks.secret, field: 'secret' },
];

export type SealedRow = { id: string; workspaceId: string; sealed: string };

/** The next rows after `afterId` not sealed under `keyId`, locked until the transaction ends. */
export async function lockSealedNotUnderKey(db: Tx, column: SealedColumn, keyId: string, afterId: string | undefined, limit: number): Promise<SealedRow[]> {
  const where: SQL[] = [isNotNull(column.secret), not(like(column.secret, `v1:${keyId}:%`))];
  if (afterId) where.push(gt(column.id, afterId));
  const rows = await db
    .select({ id: column.id, workspaceId: column.workspaceId, sealed: column.secret })
    .from(column.table)
    .where(and(...where))
    .orderBy(asc(column.id))
    .limit(limit)
    .for('update');
  return rows as SealedRow[];
}

export async function writeSealed(db: Tx, column: SealedColumn, id: string, sealed: string): Promise<void> {
  await db.update(column.table).set({ [column.field]: sealed }).where(eq(column.id, id));
}
