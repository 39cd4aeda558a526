// Every 15 seconds: re-sends the job of due targets whose job was lost and of claims older than
// the lease (docs/adr/0012-publishing-exactly-once.md). Any number of workers may run it at once.
import { z } from 'zod';
import { engineOptions, type EngineOptions } from '../core/publishing/engine/options.ts';
import { queuePublish } from '../core/publishing/engine/queue-publish.ts';
import { sweepPublishing } from '../core/publishing/engine/sweep-publishing.ts';
import { defineJob } from './define-job.ts';

export function defineSweepPublishingJob(overrides: Partial<EngineOptions> = {}, opts: { cron?: string; graceMs?: number } = {}) {
  const options = engineOptions(overrides);
  return defineJob({
    name: 'publishing.sweep',
    payload: z.object({}),
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    expireInSeconds: 5 * 60,
    schedule: { cron: opts.cron ?? '*/15 * * * * *', payload: {} },
    async handler(ctx) {
      const found = await sweepPublishing({ ...ctx, options, requeue: (targets) => queuePublish(ctx, targets) }, { limit: 1_000, graceMs: opts.graceMs });
      if (found.due + found.stale > 0) ctx.logger.warn(found, 'publishing sweep re-queued targets whose job was lost or whose worker died');
    },
  });
}

export const sweepPublishingJob = defineSweepPublishingJob();
