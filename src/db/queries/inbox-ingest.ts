// Ingestion's reads and writes on channels and their inbox cursor. The cursor is advanced by a
// compare-and-set inside each page's transaction: the row lock it takes serialises two workers on
// one channel, and the one that finds the cursor moved applies nothing.
import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { channelCursors, channels } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export const INBOX_STREAM = 'inbox';

export type ChannelToIngest = {
  id: string;
  workspaceId: string;
  network: string;
  accountId: string | null;
  inboxHat: 'social' | 'community';
  status: 'active' | 'disconnected';
  health: 'ok' | 'needs_reconnect' | 'rate_limited' | 'failing';
  rateLimitedUntil: Date | null;
  lastCheckedAt: Date | null;
};

export async function findChannelToIngest(db: Tx, channelId: string): Promise<ChannelToIngest | undefined> {
  const [row] = await db
    .select({
      id: channels.id,
      workspaceId: channels.workspaceId,
      network: channels.network,
      accountId: channels.accountId,
      inboxHat: channels.inboxHat,
      status: channels.status,
      health: channels.health,
      rateLimitedUntil: channels.rateLimitedUntil,
      lastCheckedAt: channels.lastCheckedAt,
    })
    .from(channels)
    .where(eq(channels.id, channelId));
  return row;
}

/**
 * Active channels of these networks worth polling now: not waiting for a reconnect, and not
 * inside a rate-limit window the network named. Ordered by id so a large set pages stably.
 */
export function listChannelsToPoll(db: Tx, networks: string[], now: Date, opts: { afterId?: string; limit: number }): Promise<Array<{ id: string }>> {
  if (networks.length === 0) return Promise.resolve([]);
  return db
    .select({ id: channels.id })
    .from(channels)
    .where(
      and(
        eq(channels.status, 'active'),
        inArray(channels.network, networks),
        ne(channels.health, 'needs_reconnect'),
        or(isNull(channels.rateLimitedUntil), lte(channels.rateLimitedUntil, now)),
        opts.afterId ? sql`${channels.id} > ${opts.afterId}` : undefined,
      ),
    )
    .orderBy(asc(channels.id))
    .limit(opts.limit);
}

/** The stored position, or null when the channel's inbox was never read. */
export async function readInboxCursor(db: Tx, channelId: string, stream = INBOX_STREAM): Promise<string | null> {
  const [row] = await db.select({ cursor: channelCursors.cursor }).from(channelCursors).where(and(eq(channelCursors.channelId, channelId), eq(channelCursors.stream, stream)));
  return row?.cursor ?? null;
}

/**
 * Moves the cursor from `expected` (null: no row yet) to `next`; false when another worker moved
 * it first. Run first in the page's transaction: the row stays locked until it ends.
 */
export async function advanceInboxCursor(db: Tx, input: { channelId: string; expected: string | null; next: string; now: Date; stream?: string }): Promise<boolean> {
  const stream = input.stream ?? INBOX_STREAM;
  if (input.expected === null) {
    const rows = await db
      .insert(channelCursors)
      .values({ channelId: input.channelId, stream, cursor: input.next, updatedAt: input.now })
      .onConflictDoNothing()
      .returning({ channelId: channelCursors.channelId });
    return rows.length === 1;
  }
  const rows = await db
    .update(channelCursors)
    .set({ cursor: input.next, updatedAt: input.now })
    .where(and(eq(channelCursors.channelId, input.channelId), eq(channelCursors.stream, stream), eq(channelCursors.cursor, input.expected)))
    .returning({ channelId: channelCursors.channelId });
  return rows.length === 1;
}
