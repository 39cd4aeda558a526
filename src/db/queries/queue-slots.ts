// A channel's weekly queue slots (weekday 0 = Monday, minutes after local midnight).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { channels, queueSlots } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type QueueSlotRow = typeof queueSlots.$inferSelect;
export type NewQueueSlot = typeof queueSlots.$inferInsert;

export function listQueueSlots(db: Tx, workspaceId: string, channelIds: string[]): Promise<QueueSlotRow[]> {
  if (channelIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(queueSlots)
    .where(and(eq(queueSlots.workspaceId, workspaceId), inArray(queueSlots.channelId, channelIds)))
    .orderBy(asc(queueSlots.channelId), asc(queueSlots.weekday), asc(queueSlots.minuteOfDay));
}

/** The channel's whole week at once: the old slots go, these come. */
export async function replaceQueueSlots(db: Tx, workspaceId: string, channelId: string, rows: NewQueueSlot[]): Promise<void> {
  await db.delete(queueSlots).where(and(eq(queueSlots.workspaceId, workspaceId), eq(queueSlots.channelId, channelId)));
  if (rows.length > 0) await db.insert(queueSlots).values(rows);
}

/** The workspace's connected channels that have at least one slot. */
export async function listChannelsWithSlots(db: Tx, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: queueSlots.channelId })
    .from(queueSlots)
    .innerJoin(channels, eq(channels.id, queueSlots.channelId))
    .where(and(eq(queueSlots.workspaceId, workspaceId), eq(channels.status, 'active')));
  return rows.map((r) => r.id);
}
