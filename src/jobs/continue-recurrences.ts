// Every minute: recurring posts whose occurrence has gone out get their next one (see
// src/core/publishing/workflow/continue-recurrences.ts). Safe to run in any number of workers: the
// post row is locked and a series with a next occurrence is skipped.
import { z } from 'zod';
import { queuePublish } from '../core/publishing/engine/queue-publish.ts';
import { continueDueRecurrences } from '../core/publishing/workflow/continue-recurrences.ts';
import { defineJob } from './define-job.ts';

export const continueRecurrences = defineJob({
  name: 'publishing.continue-recurrences',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '* * * * *', payload: {} },
  async handler(ctx) {
    const { continued } = await continueDueRecurrences({ ...ctx, queuePublish: (targets) => queuePublish(ctx.send, targets) }, { limit: 200 });
    if (continued > 0) ctx.logger.info({ continued }, 'recurring posts continued');
  },
});
