// The ingestion write path: one INSERT ... SELECT FROM unnest() per batch, one array parameter
// per column. Building a multi-row VALUES list costs more CPU than PostgreSQL spends on COPY
// (see docs/benchmarks.md); arrays keep the statement and its parameters constant-sized.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';

export type ActivityRow = {
  id: string;
  workspaceId: string;
  personId: string | null;
  channelId: string;
  type: string;
  externalId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
  createdAt: Date;
};

/** Inserts the rows, skipping any already stored; returns how many were new. */
export async function insertActivities(db: Tx, rows: ActivityRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <T>(pick: (r: ActivityRow) => T) => sql.param(rows.map(pick));
  const result = await db.execute(sql`
    insert into activities (id, workspace_id, person_id, channel_id, type, external_id, occurred_at, data, created_at)
    select * from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.workspaceId)}::uuid[], ${col((r) => r.personId)}::uuid[],
      ${col((r) => r.channelId)}::uuid[], ${col((r) => r.type)}::text[], ${col((r) => r.externalId)}::text[],
      ${col((r) => r.occurredAt.toISOString())}::timestamptz[], ${col((r) => JSON.stringify(r.data))}::jsonb[],
      ${col((r) => r.createdAt.toISOString())}::timestamptz[])
    on conflict (channel_id, type, external_id) do nothing`);
  return Number((result as { rowCount?: number; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);
}
