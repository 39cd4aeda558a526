// Channels of a workspace. Reads return the public columns only: sealed credentials stay here.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { channels } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewChannel = typeof channels.$inferInsert;

const publicColumns = {
  id: channels.id,
  network: channels.network,
  displayName: channels.displayName,
  limits: channels.limits,
  health: channels.health,
  healthReason: channels.healthReason,
  rateLimitedUntil: channels.rateLimitedUntil,
  createdAt: channels.createdAt,
};

export async function insertChannel(db: Tx, row: NewChannel) {
  const [channel] = await db.insert(channels).values(row).returning(publicColumns);
  return channel!;
}

export function listChannelsByName(db: Tx, workspaceId: string) {
  return db.select(publicColumns).from(channels).where(eq(channels.workspaceId, workspaceId)).orderBy(asc(channels.displayName));
}

export async function findChannel(db: Tx, workspaceId: string, channelId: string) {
  const [row] = await db.select(publicColumns).from(channels).where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  return row;
}

/** Which of these ids are channels of the workspace. */
export async function findChannelIds(db: Tx, workspaceId: string, channelIds: string[]): Promise<string[]> {
  const rows = await db.select({ id: channels.id }).from(channels).where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, channelIds)));
  return rows.map((r) => r.id);
}
