// A `tandem worker` for the engine's crash test and bench: the publishing jobs only, with the
// publish fixture connectors, on the database named in its environment (TEST_DATABASE_URL, or
// the PGlite TEST_DATA_DIR it then owns). Timings come from the environment so the CI test can
// use a short lease; without them it runs with the production defaults. Says "ready" on stdout.
import { loadConfig } from '../../../../config.ts';
import { openDatabase } from '../../../../db/client.ts';
import { definePublishTargetJob } from '../../../../jobs/publish-target.ts';
import { defineSweepPublishingJob } from '../../../../jobs/sweep-publishing.ts';
import { openJobQueue, type JobTuning } from '../../../../jobs/queue.ts';
import { createRuntime } from '../../../../runtime.ts';
import { publishFixtureRegistry } from './publish-connector.ts';

const env = process.env;
const num = (name: string) => (env[name] ? Number(env[name]) : undefined);
const options = { ...(num('PUBLISH_LEASE_SECONDS') ? { leaseSeconds: num('PUBLISH_LEASE_SECONDS')!, deadlineSeconds: num('PUBLISH_LEASE_SECONDS')! / 2 } : {}) };
const defs = [
  definePublishTargetJob({ options, concurrency: num('PUBLISH_CONCURRENCY'), batchSize: num('PUBLISH_BATCH_SIZE') }),
  defineSweepPublishingJob(options, { cron: env.PUBLISH_SWEEP_CRON, graceMs: num('PUBLISH_SWEEP_GRACE_MS') }),
];
const tuning: JobTuning = env.PUBLISH_FAST_TUNING === '1' ? { superviseIntervalSeconds: 1, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1, stopTimeoutMs: 5_000 } : {};

const database = await openDatabase({ databaseUrl: env.TEST_DATABASE_URL, dataDir: env.TEST_DATA_DIR ?? '', poolSize: num('PUBLISH_POOL_SIZE') });
const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: env.KEY_DIR ?? env.TEST_DATA_DIR ?? './data' }), { database, migrate: false, connectors: publishFixtureRegistry() });
const queue = await openJobQueue(runtime, defs, tuning);
await queue.schedule(defs);
await queue.work(defs);
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
process.once('SIGTERM', () => {
  void queue.stop().then(() => database.close()).finally(() => process.exit(0));
});
