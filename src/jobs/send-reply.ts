// The durable delayed job of one inbox reply: sent with startAfter = the reply's time (now, or
// "send later"), it runs one sending attempt. Idempotent: the claim decides who sends, so
// pg-boss's own retries, the sweep's re-sends and duplicate sends never send twice.
import { z } from 'zod';
import type { QueuedReply } from '../core/inbox/replies/reply-ctx.ts';
import { sendReply } from '../core/inbox/replies/send/send-reply.ts';
import { sendReplyJobs } from '../core/inbox/replies/send/send-reply-jobs.ts';
import { engineOptions, type EngineOptions } from '../core/publishing/engine/options.ts';
import type { Send } from '../core/publishing/engine/send-publish-jobs.ts';
import { defineJob } from './define-job.ts';

/** The job with other timings (tests use a short lease and backoff). */
export function defineSendReplyJob(overrides: Partial<EngineOptions> = {}) {
  const options = engineOptions(overrides);
  const job = defineJob({
    name: 'inbox.send-reply',
    payload: z.object({ messageId: z.uuid() }),
    // The attempt's own retries live in the message row; these only cover a crash or a database error.
    retry: { limit: 3, delaySeconds: 5, backoff: true },
    // A killed worker's job comes back once its claim has gone stale.
    expireInSeconds: options.leaseSeconds,
    concurrency: 20,
    async handler(ctx, { messageId }) {
      const result = await sendReply({ ...ctx, options, requeue: (replies) => sendReplyJobs(ctx, job, replies) }, { messageId });
      if (result === 'failed') ctx.logger.info({ messageId, result }, 'inbox reply not sent');
    },
  });
  return job;
}

export const sendReplyJob = defineSendReplyJob();

/** Hands replies to their jobs (the HTTP process when it runs a queue; the sweep otherwise). */
export const queueReplies = (send: Send, replies: QueuedReply[]): Promise<void> => sendReplyJobs(send, sendReplyJob, replies);
