// Every 10 seconds: queues due replies whose job was lost and replies whose sending worker died.
// Any number of workers may run it at once (the claim makes duplicates no-ops).
import { z } from 'zod';
import { sweepReplies } from '../core/inbox/replies/send/sweep-replies.ts';
import { sendReplyJobs } from '../core/inbox/replies/send/send-reply-jobs.ts';
import { engineOptions, type EngineOptions } from '../core/publishing/engine/options.ts';
import { defineJob, type JobDefinition } from './define-job.ts';
import { sendReplyJob } from './send-reply.ts';

export function defineSweepRepliesJob(overrides: Partial<EngineOptions> = {}, opts: { cron?: string; graceMs?: number; sendJob?: JobDefinition<{ messageId: string }> } = {}) {
  const options = engineOptions(overrides);
  const sendJob = opts.sendJob ?? sendReplyJob;
  return defineJob({
    name: 'inbox.sweep-replies',
    payload: z.object({}),
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    expireInSeconds: 5 * 60,
    schedule: { cron: opts.cron ?? '*/10 * * * * *', payload: {} },
    async handler(ctx) {
      const found = await sweepReplies({ ...ctx, options, requeue: (replies) => sendReplyJobs(ctx, sendJob, replies) }, { limit: 1_000, ...(opts.graceMs !== undefined ? { graceMs: opts.graceMs } : {}) });
      if (found > 0) ctx.logger.warn({ found }, 'reply sweep queued replies whose job was lost or whose worker died');
    },
  });
}

export const sweepRepliesJob = defineSweepRepliesJob();
