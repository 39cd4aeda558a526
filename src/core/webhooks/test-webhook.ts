// "Send a test": one `webhook.test` delivery to this webhook only, attempted at once so the user
// sees the receiver's answer; when it fails it stays in the log and is retried like any other.
import { findWebhookTargets, insertDeliveries } from '../../db/queries/webhooks.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { attempt, leaseSeconds, type DeliverCtx } from './deliver-due-webhooks.ts';
import type { WebhookEventPayload } from './enqueue-event.ts';
import { getWebhook } from './manage-webhooks.ts';

export async function testWebhook(ctx: WorkspaceCtx & DeliverCtx, webhookId: string) {
  await getWebhook(ctx, webhookId);
  const now = ctx.clock.now();
  const payload: WebhookEventPayload = {
    id: newId(),
    event: 'webhook.test',
    workspaceId: ctx.workspaceId,
    occurredAt: now.toISOString(),
    actor: { type: ctx.actor.type, id: ctx.actor.id, label: ctx.actor.label },
    target: { type: 'webhook', id: webhookId },
    after: null,
  };
  // Leased from the start, so the delivery job does not send it a second time meanwhile.
  const [delivery] = await insertDeliveries(ctx.db, [
    { id: newId(), workspaceId: ctx.workspaceId, webhookId, event: payload.event, payload, status: 'pending', nextAttemptAt: new Date(now.getTime() + leaseSeconds * 1000), createdAt: now },
  ]);
  const [target] = await findWebhookTargets(ctx.db, [webhookId]);
  // A paused webhook still answers a test: the user asked for this one delivery explicitly.
  return (await attempt(ctx, delivery!, target && { ...target, active: true }))!;
}
