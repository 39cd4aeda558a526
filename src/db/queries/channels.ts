// Channels of a workspace. Reads return the public columns; the sealed credentials leave this
// file only through `findChannelForConnector`, which the channel use-cases open with the keyring.
import { and, asc, count, eq, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { channels } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewChannel = typeof channels.$inferInsert;
export type ChannelChanges = Partial<Omit<NewChannel, 'id' | 'workspaceId' | 'network' | 'createdAt'>>;
export type ChannelHealth = (typeof channels.$inferSelect)['health'];

const publicColumns = {
  id: channels.id,
  network: channels.network,
  displayName: channels.displayName,
  accountId: channels.accountId,
  accountHandle: channels.accountHandle,
  config: channels.config,
  status: channels.status,
  health: channels.health,
  healthReason: channels.healthReason,
  rateLimitedUntil: channels.rateLimitedUntil,
  limits: channels.limits,
  lastCheckedAt: channels.lastCheckedAt,
  credentialsExpireAt: channels.credentialsExpireAt,
  createdAt: channels.createdAt,
};
export type ChannelRow = { [K in keyof typeof publicColumns]: (typeof channels.$inferSelect)[K] };
/** A channel with its sealed credentials and workspace: what building a connector context needs. */
export type SealedChannel = ChannelRow & { workspaceId: string; credentials: string | null };

const inWorkspace = (workspaceId: string, channelId: string) => and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId));

export async function insertChannel(db: Tx, row: NewChannel): Promise<ChannelRow> {
  const [channel] = await db.insert(channels).values(row).returning(publicColumns);
  return channel!;
}

export async function updateChannel(db: Tx, workspaceId: string, channelId: string, changes: ChannelChanges): Promise<ChannelRow | undefined> {
  const [channel] = await db.update(channels).set(changes).where(inWorkspace(workspaceId, channelId)).returning(publicColumns);
  return channel;
}

export function listChannelsByName(db: Tx, workspaceId: string): Promise<ChannelRow[]> {
  return db.select(publicColumns).from(channels).where(eq(channels.workspaceId, workspaceId)).orderBy(asc(channels.displayName), asc(channels.id));
}

export async function findChannel(db: Tx, workspaceId: string, channelId: string): Promise<ChannelRow | undefined> {
  const [row] = await db.select(publicColumns).from(channels).where(inWorkspace(workspaceId, channelId));
  return row;
}

/** With `forUpdate`, the row stays locked until the transaction ends (two refreshes never race). */
export async function findChannelForConnector(db: Tx, workspaceId: string, channelId: string, opts: { forUpdate?: boolean } = {}): Promise<SealedChannel | undefined> {
  const query = db.select({ ...publicColumns, workspaceId: channels.workspaceId, credentials: channels.credentials }).from(channels).where(inWorkspace(workspaceId, channelId));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

/** The active channel already connected to this account, if any. */
export async function findActiveChannelByAccount(db: Tx, workspaceId: string, network: string, accountId: string): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select(publicColumns)
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), eq(channels.network, network), eq(channels.accountId, accountId), eq(channels.status, 'active')));
  return row;
}

/** Active channels, in any workspace, whose credentials expire at or before `before`; not those already waiting for a reconnect. */
export function listChannelsExpiringBefore(db: Tx, before: Date, limit: number): Promise<Array<{ id: string; workspaceId: string }>> {
  return db
    .select({ id: channels.id, workspaceId: channels.workspaceId })
    .from(channels)
    .where(and(eq(channels.status, 'active'), ne(channels.health, 'needs_reconnect'), isNotNull(channels.credentials), lte(channels.credentialsExpireAt, before)))
    .orderBy(asc(channels.credentialsExpireAt))
    .limit(limit);
}

/** Active channels by network and health, a lapsed rate limit counting as ok: the /metrics gauge. */
export function countChannelsByHealth(db: Tx, now: Date): Promise<Array<{ network: string; health: string; count: number }>> {
  const health = sql<string>`case when ${channels.health} = 'rate_limited' and ${channels.rateLimitedUntil} <= ${now.toISOString()} then 'ok' else ${channels.health} end`;
  return db
    .select({ network: channels.network, health, count: count() })
    .from(channels)
    .where(eq(channels.status, 'active'))
    .groupBy(sql`1`, sql`2`); // by position: the health expression carries a parameter
}

/** Which of these ids are channels of the workspace. */
export async function findChannelIds(db: Tx, workspaceId: string, channelIds: string[]): Promise<string[]> {
  const rows = await db.select({ id: channels.id }).from(channels).where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, channelIds)));
  return rows.map((r) => r.id);
}
