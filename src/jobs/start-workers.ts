// What `tandem start` and `tandem worker` run: the queue, a worker per job and the cron schedules.
// Every process registers the schedules (an idempotent upsert); pg-boss sends each occurrence once
// however many processes watch the clock.
import { startInboxWatchers } from '../core/inbox/ingest/watch-inboxes.ts';
import { systemActor } from '../core/shared/context.ts';
import type { Runtime } from '../runtime.ts';
import type { JobDefinition } from './define-job.ts';
import { ingestChannelJob } from './ingest-channel.ts';
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
  if (defs.includes(ingestChannelJob)) watchInboxes(runtime, queue);
  return queue;
}

/** A process that reads inboxes also holds the push streams networks offer; they stop before the queue. */
function watchInboxes(runtime: Runtime, queue: JobQueue): void {
  const ctx = { db: runtime.database.db, clock: runtime.clock, actor: systemActor('inbox streams'), keyring: runtime.keyring, connectors: runtime.connectors, logger: runtime.logger };
  const watchers = startInboxWatchers({ ctx, trigger: async (channelId) => void (await queue.send(ingestChannelJob, { channelId })) });
  const stopQueue = queue.stop;
  queue.stop = async () => {
    await watchers.stop();
    await stopQueue();
  };
}
