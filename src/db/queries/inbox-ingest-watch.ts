// Leases on channels' push streams, so that however many workers run, each channel's stream is
// held open by one of them. A lease is a channel_cursors row (stream 'inbox-watch') naming its
// holder, renewed by each refresh; one not renewed for `staleBefore` is free to take over.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

export const WATCH_STREAM = 'inbox-watch';

/** Active channels of these networks that can be watched (not waiting for a reconnect). */
export async function listChannelsToWatch(db: Tx, networks: string[]): Promise<string[]> {
  if (networks.length === 0) return [];
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select id from channels where status = 'active' and health <> 'needs_reconnect' and network = any(${sql.param(networks)}::text[]) order by id limit 5000`,
  );
  return rows.map((r) => r.id);
}

/** Takes or renews the leases of these channels for `holder`; returns the channels it now holds. */
export async function claimWatchLeases(db: Tx, input: { holder: string; channelIds: string[]; now: Date; staleBefore: Date }): Promise<string[]> {
  if (input.channelIds.length === 0) return [];
  const rows = await selectRows<{ channel_id: string }>(
    db,
    sql`insert into channel_cursors as c (channel_id, stream, cursor, updated_at)
        select id, ${WATCH_STREAM}, ${input.holder}, ${input.now.toISOString()}::timestamptz from unnest(${sql.param(input.channelIds)}::uuid[]) as u(id)
        on conflict (channel_id, stream) do update set cursor = excluded.cursor, updated_at = excluded.updated_at
          where c.cursor = excluded.cursor or c.updated_at < ${input.staleBefore.toISOString()}::timestamptz
        returning channel_id`,
  );
  return rows.map((r) => r.channel_id);
}

/** Lets go of every lease `holder` has (a worker stopping), so another takes them at once. */
export async function releaseWatchLeases(db: Tx, holder: string): Promise<void> {
  await db.execute(sql`delete from channel_cursors where stream = ${WATCH_STREAM} and cursor = ${holder}`);
}
