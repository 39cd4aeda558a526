// One attempt of one job: validate the payload, run the handler, tell pg-boss how it went, count
// the outcome and log failures (job name and id, never the payload: it may name people).
import type { JobResult, JobWithMetadata } from 'pg-boss';
import { systemActor } from '../core/shared/context.ts';
import type { Runtime } from '../runtime.ts';
import { JobPayloadError, parsePayload, type JobCtx, type JobDefinition } from './define-job.ts';
import type { JobQueue } from './queue.ts';

export type JobOutcome = 'completed' | 'retry' | 'failed' | 'invalid';

export async function runAttempt(runtime: Runtime, queue: JobQueue, def: JobDefinition<unknown>, job: JobWithMetadata<unknown>): Promise<JobResult> {
  const { logger, metrics } = runtime;
  const count = (outcome: JobOutcome) => metrics.jobs.inc({ name: def.name, outcome });
  const where = { job: def.name, jobId: job.id, retryCount: job.retryCount };

  let payload: unknown;
  try {
    payload = parsePayload(def, job.data);
  } catch (err) {
    // Retrying cannot fix a payload: fail it for good (pg-boss's 'deadletter' skips the retries).
    const message = err instanceof JobPayloadError ? err.message : String(err);
    logger.error({ ...where, error: message }, 'job rejected: invalid payload');
    count('invalid');
    return { id: job.id, status: 'deadletter', output: { error: message } };
  }

  const ctx: JobCtx = {
    db: runtime.database.db,
    clock: runtime.clock,
    actor: systemActor(`job ${def.name}`),
    requestId: `job:${job.id}`,
    config: runtime.config,
    keyring: runtime.keyring,
    connectors: runtime.connectors,
    logger: logger.child({ job: def.name, jobId: job.id }),
    jobId: job.id,
    retryCount: job.retryCount,
    signal: job.signal,
    send: (next, nextPayload, options) => queue.send(next, nextPayload, options),
    sendMany: (next, jobs) => queue.sendMany(next, jobs),
  };
  try {
    await def.handler(ctx, payload);
    count('completed');
    return { id: job.id, status: 'completed' };
  } catch (err) {
    const final = job.retryCount >= job.retryLimit;
    const error = err instanceof Error ? err.message : String(err);
    logger[final ? 'error' : 'warn']({ ...where, retryLimit: job.retryLimit, error }, final ? 'job failed, no retries left' : 'job failed, will retry');
    count(final ? 'failed' : 'retry');
    return { id: job.id, status: 'failed', output: { error } };
  }
}
