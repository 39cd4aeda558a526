// The durable delayed job of one post target: sent with startAfter = its scheduled time, it runs
// one publishing attempt. Idempotent: the engine's claim decides who publishes, so pg-boss's own
// retries, the sweep's re-sends and duplicate sends never publish twice.
import { z } from 'zod';
import { defaultCollaborators, type PublishCollaborators } from '../core/publishing/engine/collaborators.ts';
import { engineOptions, type EngineOptions } from '../core/publishing/engine/options.ts';
import { publishTarget } from '../core/publishing/engine/publish-target.ts';
import { sendPublishJobs } from '../core/publishing/engine/send-publish-jobs.ts';
import { defineJob, type JobCtx, type JobDefinition } from './define-job.ts';

/** The engine's context inside a job: retries are queued as this same job, through the job's send. */
export const engineCtxOf = (ctx: JobCtx, job: JobDefinition<{ targetId: string }>, options: EngineOptions, collaborators: PublishCollaborators = defaultCollaborators) => ({
  ...ctx,
  options,
  collaborators,
  requeue: (targets: { id: string; scheduledAt: Date }[]) => sendPublishJobs(ctx, job, targets),
});

/** The job with other timings or collaborators (tests and the crash bench use a short lease). */
export function definePublishTargetJob(opts: { options?: Partial<EngineOptions>; collaborators?: PublishCollaborators; concurrency?: number; batchSize?: number } = {}) {
  const { collaborators } = opts;
  const options = engineOptions(opts.options);
  const job = defineJob({
    name: 'publishing.target',
    payload: z.object({ targetId: z.uuid() }),
    // Retries of the engine's own live in the target row; these only cover a crash or a database error.
    retry: { limit: 3, delaySeconds: 5, backoff: true },
    // A killed worker's job comes back once the claim it took has gone stale.
    expireInSeconds: options.leaseSeconds,
    // Mostly waiting on the network: many at once per process, fetched ten to a statement (one
    // fetch and one completion per ten jobs instead of per job; the bench's CPU went to statements).
    concurrency: opts.concurrency ?? 50,
    batchSize: opts.batchSize ?? 10,
    async handler(ctx, { targetId }) {
      const result = await publishTarget(engineCtxOf(ctx, job, options, collaborators), { targetId });
      if (result === 'failed' || result === 'needs_check') ctx.logger.info({ targetId, result }, 'post target not published');
    },
  });
  return job;
}

export const publishTargetJob = definePublishTargetJob();
