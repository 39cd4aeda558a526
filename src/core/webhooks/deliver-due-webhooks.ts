// Sends due webhook deliveries: claim a batch (SKIP LOCKED, with a lease), POST each signed body
// through the safe fetch, and record the outcome: delivered on 2xx, else retried on the
// retry schedule, and `failed` after the last attempt. Delivery is at least once: a worker dying
// after sending but before recording sends again when the lease runs out; receivers deduplicate
// on the event id (body `id`) or X-Tandem-Delivery.
import { createSafeFetch, type SafeFetch } from '../../connectors/sdk/safe-fetch.ts';
import { shortReason } from '../../connectors/sdk/result.ts';
import { open, type Keyring } from '../../crypto/secrets.ts';
import { claimDueDeliveries, findWebhookTargets, recordDeliveryOutcome, type Delivery } from '../../db/queries/webhooks.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../shared/context.ts';
import { maxAttempts, nextAttemptAt } from './retry-schedule.ts';
import { sign, signatureHeader, timestampHeader } from './signature.ts';

export type DeliverCtx = Ctx & { keyring: Keyring; fetch: SafeFetch; random?: () => number };

/** How long a claimed delivery is kept from other workers while its attempt runs. */
export const leaseSeconds = 120;
export const requestTimeoutMs = 10_000;

/** Private and loopback receivers are refused (SSRF) unless WEBHOOK_ALLOW_HOSTS names them. */
export const webhookFetch = (allowHosts: readonly string[]): SafeFetch =>
  createSafeFetch({ timeoutMs: requestTimeoutMs, maxResponseBytes: 64 * 1024, maxRedirects: 0, allowHosts });

type Target = { url: string; secret: string; active: boolean };

export async function deliverDueWebhooks(ctx: DeliverCtx, opts: { limit?: number } = {}): Promise<{ delivered: number; failed: number; retrying: number }> {
  const now = ctx.clock.now();
  const claimed = await inTransaction(ctx.db, (db) => claimDueDeliveries(db, now, new Date(now.getTime() + leaseSeconds * 1000), opts.limit ?? 20));
  const targets = new Map((await findWebhookTargets(ctx.db, [...new Set(claimed.map((d) => d.webhookId))])).map((t) => [t.id, t]));
  const counts = { delivered: 0, failed: 0, retrying: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const status = (await attempt(ctx, delivery, targets.get(delivery.webhookId)))?.status;
      if (status === 'delivered') counts.delivered++;
      else if (status === 'failed') counts.failed++;
      else counts.retrying++;
    }),
  );
  return counts;
}

/** One attempt of one claimed delivery; returns the updated row. */
export async function attempt(ctx: DeliverCtx, delivery: Delivery, target: Target | undefined): Promise<Delivery | undefined> {
  const attempts = delivery.attempts + 1;
  if (!target?.active) {
    return recordDeliveryOutcome(ctx.db, delivery.id, { status: 'failed', attempts: delivery.attempts, lastError: 'the webhook is paused', lastStatusCode: null, nextAttemptAt: null });
  }
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(ctx.clock.now().getTime() / 1000);
  const result = await ctx.fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Tandem-Webhooks/1',
      [timestampHeader]: String(timestamp),
      [signatureHeader]: sign(open(ctx.keyring, target.secret), timestamp, body),
      'x-tandem-event': delivery.event,
      'x-tandem-delivery': delivery.id,
    },
    body,
  });
  const finished = ctx.clock.now();
  const statusCode = result.ok ? result.value.status : null;
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
    return recordDeliveryOutcome(ctx.db, delivery.id, { status: 'delivered', attempts, lastStatusCode: statusCode, lastError: null, nextAttemptAt: null, deliveredAt: finished });
  }
  const lastError = result.ok ? `the receiver answered HTTP ${statusCode}` : shortReason(result.error.reason);
  const next = attempts >= maxAttempts ? null : nextAttemptAt(finished, attempts, ctx.random);
  return recordDeliveryOutcome(ctx.db, delivery.id, { status: next ? 'pending' : 'failed', attempts, lastStatusCode: statusCode, lastError, nextAttemptAt: next });
}
