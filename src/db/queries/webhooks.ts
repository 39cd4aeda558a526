// Outbound webhooks of a workspace and their delivery log (the outbox). Reads of webhooks return
// the public columns; the sealed signing secret is read only by the delivery worker.
import { and, arrayOverlaps, asc, desc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import { outboundWebhooks, webhookDeliveries } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';

export type NewWebhook = typeof outboundWebhooks.$inferInsert;
export type WebhookChanges = Partial<Pick<NewWebhook, 'name' | 'url' | 'events' | 'active'>>;
export type NewDelivery = typeof webhookDeliveries.$inferInsert;
export type Delivery = typeof webhookDeliveries.$inferSelect;

const publicColumns = {
  id: outboundWebhooks.id,
  name: outboundWebhooks.name,
  url: outboundWebhooks.url,
  events: outboundWebhooks.events,
  active: outboundWebhooks.active,
  createdAt: outboundWebhooks.createdAt,
};
export type Webhook = { id: string; name: string; url: string; events: string[]; active: boolean; createdAt: Date };

const byId = (workspaceId: string, webhookId: string) => and(eq(outboundWebhooks.id, webhookId), eq(outboundWebhooks.workspaceId, workspaceId));

export async function insertWebhook(db: Tx, row: NewWebhook): Promise<Webhook> {
  const [webhook] = await db.insert(outboundWebhooks).values(row).returning(publicColumns);
  return webhook!;
}

export function listWebhookRows(db: Tx, workspaceId: string): Promise<Webhook[]> {
  return db.select(publicColumns).from(outboundWebhooks).where(eq(outboundWebhooks.workspaceId, workspaceId)).orderBy(asc(outboundWebhooks.createdAt));
}

export async function findWebhook(db: Tx, workspaceId: string, webhookId: string): Promise<Webhook | undefined> {
  const [row] = await db.select(publicColumns).from(outboundWebhooks).where(byId(workspaceId, webhookId));
  return row;
}

export async function updateWebhookRow(db: Tx, workspaceId: string, webhookId: string, changes: WebhookChanges): Promise<Webhook | undefined> {
  const [row] = await db.update(outboundWebhooks).set(changes).where(byId(workspaceId, webhookId)).returning(publicColumns);
  return row;
}

export async function deleteWebhookRow(db: Tx, workspaceId: string, webhookId: string): Promise<boolean> {
  const rows = await db.delete(outboundWebhooks).where(byId(workspaceId, webhookId)).returning({ id: outboundWebhooks.id });
  return rows.length > 0;
}

/** Active webhooks of the workspace subscribed to any of these event patterns. */
export async function findSubscribedWebhookIds(db: Tx, workspaceId: string, patterns: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: outboundWebhooks.id })
    .from(outboundWebhooks)
    .where(and(eq(outboundWebhooks.workspaceId, workspaceId), eq(outboundWebhooks.active, true), arrayOverlaps(outboundWebhooks.events, patterns)));
  return rows.map((r) => r.id);
}

export async function insertDeliveries(db: Tx, rows: NewDelivery[]): Promise<Delivery[]> {
  if (rows.length === 0) return [];
  return db.insert(webhookDeliveries).values(rows).returning();
}

/**
 * Claims up to `limit` due deliveries for one worker: SKIP LOCKED keeps two workers off the same
 * rows, and pushing next_attempt_at to `leaseUntil` keeps them off it after the claim commits, until
 * the attempt is recorded (or the lease runs out because the worker died, and it is tried again).
 */
export async function claimDueDeliveries(db: Tx, now: Date, leaseUntil: Date, limit: number): Promise<Delivery[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db.update(webhookDeliveries).set({ nextAttemptAt: leaseUntil }).where(inArray(webhookDeliveries.id, due)).returning();
}

/** What the worker needs to send: where, with which sealed secret, and whether it is still on. */
export async function findWebhookTargets(db: Tx, webhookIds: string[]) {
  if (webhookIds.length === 0) return [];
  return db
    .select({ id: outboundWebhooks.id, url: outboundWebhooks.url, secret: outboundWebhooks.secret, active: outboundWebhooks.active })
    .from(outboundWebhooks)
    .where(inArray(outboundWebhooks.id, webhookIds));
}

export type DeliveryOutcome = Pick<NewDelivery, 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'nextAttemptAt' | 'deliveredAt'>;

export async function recordDeliveryOutcome(db: Tx, deliveryId: string, outcome: DeliveryOutcome): Promise<Delivery | undefined> {
  const [row] = await db.update(webhookDeliveries).set(outcome).where(eq(webhookDeliveries.id, deliveryId)).returning();
  return row;
}

/** One webhook's delivery log, newest first. */
export function listDeliveryPage(db: Tx, workspaceId: string, webhookId: string, f: PageWindow): Promise<Delivery[]> {
  const where: SQL[] = [eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.webhookId, webhookId)];
  const after = afterPosition(f.after, webhookDeliveries.createdAt, webhookDeliveries.id);
  if (after) where.push(after);
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(...where))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(f.limit);
}
