// Every ten minutes: each member's open conversations, for the workload chart. Idempotent per
// period (see snapshotWorkload), so a retry or a second worker stores nothing twice.
import { z } from 'zod';
import { snapshotWorkload } from '../core/inbox/workload/snapshot-workload.ts';
import { defineJob } from './define-job.ts';

export const snapshotWorkloadJob = defineJob({
  name: 'inbox.snapshot-workload',
  payload: z.object({}),
  retry: { limit: 2, delaySeconds: 30, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '*/10 * * * *', payload: {} },
  async handler(ctx) {
    const { stored } = await snapshotWorkload(ctx);
    ctx.logger.debug({ stored }, 'workload snapshot taken');
  },
});
