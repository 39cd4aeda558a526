// The outbox: an event becomes one pending delivery per subscribed, active webhook of its
// workspace, written in the caller's transaction so a rolled-back change announces nothing and a
// committed one is never forgotten. The delivery job sends them (deliver-due-webhooks.ts).
import { findSubscribedWebhookIds, insertDeliveries } from '../../db/queries/webhooks.ts';
import type { Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { patternsMatching } from './event-patterns.ts';

/** What receivers get as the JSON body; secrets are redacted before it is built. */
export type WebhookEventPayload = {
  /** The event's id: the same across retries, so receivers can deduplicate. */
  id: string;
  event: string;
  workspaceId: string;
  occurredAt: string;
  actor: { type: string; id: string | null; label: string };
  target: { type: string; id: string | null };
  after: unknown;
};

export async function enqueueEvent(ctx: Ctx, payload: WebhookEventPayload): Promise<number> {
  const webhookIds = await findSubscribedWebhookIds(ctx.db, payload.workspaceId, patternsMatching(payload.event));
  const now = ctx.clock.now();
  const rows = await insertDeliveries(
    ctx.db,
    webhookIds.map((webhookId) => ({ id: newId(), workspaceId: payload.workspaceId, webhookId, event: payload.event, payload, status: 'pending' as const, nextAttemptAt: now, createdAt: now })),
  );
  return rows.length;
}
