// Where reading a channel's streams stopped (inbox, notifications, feed): opaque cursors kept per
// (channel, stream). Disconnecting keeps them, so a reconnected channel resumes where it was.
import { and, eq } from 'drizzle-orm';
import { channelCursors } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export async function readChannelCursor(db: Tx, channelId: string, stream: string): Promise<string | undefined> {
  const [row] = await db.select({ cursor: channelCursors.cursor }).from(channelCursors).where(and(eq(channelCursors.channelId, channelId), eq(channelCursors.stream, stream)));
  return row?.cursor;
}

export async function saveChannelCursor(db: Tx, channelId: string, stream: string, cursor: string, at: Date): Promise<void> {
  await db
    .insert(channelCursors)
    .values({ channelId, stream, cursor, updatedAt: at })
    .onConflictDoUpdate({ target: [channelCursors.channelId, channelCursors.stream], set: { cursor, updatedAt: at } });
}
