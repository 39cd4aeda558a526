// The write side of inbound events: the webhook endpoint finds its channel (any workspace: the
// request carries no session, the signature is the proof) and stores each event once.
// The read side (what a connector's ctx.inbound reads) lives in inbound-events.ts.
import { and, eq } from 'drizzle-orm';
import { channels, inboundEvents } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewInboundEvent = typeof inboundEvents.$inferInsert;

/** An active channel of this network with its sealed credentials; undefined otherwise. */
export async function findActiveChannelForPush(db: Tx, channelId: string, network: string) {
  const [row] = await db
    .select({ id: channels.id, workspaceId: channels.workspaceId, credentials: channels.credentials })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.network, network), eq(channels.status, 'active')));
  return row;
}

/** Inserts the event unless (channel, external id) is stored already; returns its id if new. */
export async function insertInboundEventOnce(db: Tx, row: NewInboundEvent): Promise<string | undefined> {
  const [inserted] = await db
    .insert(inboundEvents)
    .values(row)
    .onConflictDoNothing({ target: [inboundEvents.channelId, inboundEvents.externalId] })
    .returning({ id: inboundEvents.id });
  return inserted?.id;
}

export async function findInboundEventId(db: Tx, channelId: string, externalId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: inboundEvents.id })
    .from(inboundEvents)
    .where(and(eq(inboundEvents.channelId, channelId), eq(inboundEvents.externalId, externalId)));
  return row?.id;
}
