// Every minute: SLA warnings and breaches, stored once each and told to the assignee (or the
// admins when nobody is assigned). Any number of workers may run it (see sweepSla); a failed run
// is not retried: the next minute's run picks up where it stopped.
import { z } from 'zod';
import { sweepSla } from '../core/inbox/sla/sweep-sla.ts';
import { defineJob } from './define-job.ts';

export const sweepSlaJob = defineJob({
  name: 'inbox.sweep-sla',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '* * * * *', payload: {} },
  async handler(ctx) {
    const found = await sweepSla(ctx);
    if (found.breaches + found.warnings > 0) ctx.logger.info(found, 'SLA sweep stored warnings and breaches');
  },
});
