// Sends due outbound webhook deliveries every few seconds. Each run claims a batch with SKIP
// LOCKED, so any number of workers can run it; a run that fails is not retried by pg-boss (the
// next tick comes soon and the delivery's own retry schedule lives in its row).
import { z } from 'zod';
import { deliverDueWebhooks, webhookFetch } from '../core/webhooks/deliver-due-webhooks.ts';
import { defineJob } from './define-job.ts';

export const deliverWebhooks = defineJob({
  name: 'webhooks.deliver',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '*/5 * * * * *', payload: {} },
  async handler(ctx) {
    // Drain what is due, a batch at a time, but leave the rest to the next tick if it is a lot.
    for (let batch = 0; batch < 10; batch++) {
      const done = await deliverDueWebhooks({ ...ctx, fetch: webhookFetch(ctx.config.webhookAllowHosts) }, { limit: 20 });
      const sent = done.delivered + done.failed + done.retrying;
      if (done.failed > 0) ctx.logger.warn({ failed: done.failed }, 'webhook deliveries given up after the last attempt');
      if (sent < 20 || ctx.signal.aborted) break;
    }
  },
});
