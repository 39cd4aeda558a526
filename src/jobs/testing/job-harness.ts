// A runtime on a fresh test database plus a job queue tuned to react in about a second, for the
// job tests. Not a test file itself (the glob only picks up *.test.ts).
import { loadConfig } from '../../config.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import type { JobDefinition } from '../define-job.ts';
import { openJobQueue, type JobQueue, type JobTuning } from '../queue.ts';

export const fastTuning: JobTuning = { superviseIntervalSeconds: 1, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1, stopTimeoutMs: 5_000 };

export type JobHarness = { database: TestDatabase; runtime: Runtime; queue: JobQueue; close(): Promise<void> };

export async function createJobHarness(defs: readonly JobDefinition<unknown>[], database?: TestDatabase): Promise<JobHarness> {
  const db = database ?? (await createTestDatabase());
  const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent' }), { database: db, migrate: false });
  const queue = await openJobQueue(runtime, defs, fastTuning);
  return {
    database: db,
    runtime,
    queue,
    async close() {
      await queue.stop();
      await db.close();
    },
  };
}

/** Polls until the check returns a value other than undefined, or fails after timeoutMs. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A job's row as pg-boss stores it. */
export async function jobState(queue: JobQueue, name: string, id: string) {
  const [job] = await queue.boss.findJobs<unknown>(name, { id });
  return job;
}

/** Resolves once the job reaches one of these states. */
export function waitForState(queue: JobQueue, name: string, id: string, states: string[], timeoutMs?: number) {
  return waitFor(`job ${name} ${id} to reach ${states.join('/')}`, async () => {
    const job = await jobState(queue, name, id);
    return job && states.includes(job.state) ? job : undefined;
  }, timeoutMs);
}
