// The read side of inbound events: what a push-based connector reads through ctx.inbound, oldest
// first, from a cursor that is the last (received at, id) it saw. Writes: inbound-events-write.ts.
import { and, asc, eq, gt, or } from 'drizzle-orm';
import { inboundEvents } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import type { KeysetPosition } from './keyset.ts';

export function readInboundEvents(db: Tx, channelId: string, after: KeysetPosition | undefined, limit: number) {
  const later = after && or(gt(inboundEvents.receivedAt, after.at), and(eq(inboundEvents.receivedAt, after.at), gt(inboundEvents.id, after.id)));
  return db
    .select({ id: inboundEvents.id, externalId: inboundEvents.externalId, kind: inboundEvents.kind, payload: inboundEvents.payload, receivedAt: inboundEvents.receivedAt })
    .from(inboundEvents)
    .where(and(eq(inboundEvents.channelId, channelId), later))
    .orderBy(asc(inboundEvents.receivedAt), asc(inboundEvents.id))
    .limit(limit);
}
