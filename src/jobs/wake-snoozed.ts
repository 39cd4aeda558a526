// Every minute: snoozed conversations whose time has come reopen (src/core/inbox/conversations/
// wake-snoozed.ts). Batches of 500 until none is due; safe in any number of workers (SKIP LOCKED).
import { z } from 'zod';
import { wakeDueSnoozed } from '../core/inbox/conversations/wake-snoozed.ts';
import { defineJob } from './define-job.ts';

const batch = 500;

export const wakeSnoozed = defineJob({
  name: 'inbox.wake-snoozed',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '* * * * *', payload: {} },
  async handler(ctx) {
    let total = 0;
    for (;;) {
      if (ctx.signal.aborted) break;
      const woken = await wakeDueSnoozed(ctx, { limit: batch });
      total += woken;
      if (woken < batch) break;
    }
    if (total > 0) ctx.logger.info({ woken: total }, 'snoozed conversations reopened');
  },
});
