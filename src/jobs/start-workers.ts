// What `tandem start` and `tandem worker` run: the queue, a worker per job and the cron schedules.
// Every process registers the schedules (an idempotent upsert); pg-boss sends each occurrence once
// however many processes watch the clock.
import type { Runtime } from '../runtime.ts';
import type { JobDefinition } from './define-job.ts';
import { openJobQueue, type JobQueue, type JobTuning } from './queue.ts';
import { jobDefinitions } from './registry.ts';

export async function startWorkers(runtime: Runtime, defs: readonly JobDefinition<unknown>[] = jobDefinitions, tuning?: JobTuning): Promise<JobQueue> {
  const queue = await openJobQueue(runtime, defs, tuning);
  try {
    await queue.schedule(defs);
    await queue.work(defs);
  } catch (err) {
    await queue.stop();
    throw err;
  }
  runtime.logger.info({ jobs: defs.map((d) => d.name) }, 'job workers started');
  return queue;
}
