// pg-boss on the application's own database, in the `pgboss` schema. On PGlite it shares the one
// in-process connection (a second process cannot open the data directory); on PostgreSQL it keeps a
// small pool of its own to the same database, so its polling and maintenance never wait for (or hold
// up) the connections requests and handlers use, and show as tandem-jobs in pg_stat_activity.
import { PgBoss, fromPglite, type ConstructorOptions } from 'pg-boss';
import type { Runtime } from '../runtime.ts';
import { parsePayload, type JobDefinition, type SendMany, type SendOptions } from './define-job.ts';
import { runAttempt } from './run-attempt.ts';

export type JobTuning = {
  /** How often expired attempts (crashed workers) are failed back into retry. */
  superviseIntervalSeconds?: number;
  /** How often each worker polls when it has not been notified. */
  pollingIntervalSeconds?: number;
  /** How often this process checks cron schedules for due occurrences. */
  cronIntervalSeconds?: number;
  /** How long stop() waits for attempts in flight. */
  stopTimeoutMs?: number;
};

export type JobQueue = {
  boss: PgBoss;
  send<P>(def: JobDefinition<P>, payload: P, options?: SendOptions): Promise<string | null>;
  /** Many jobs of one definition, INSERT_CHUNK per statement (pg-boss insert); every payload is checked first. */
  sendMany: SendMany;
  /** Starts workers for these definitions in this process. */
  work(defs: readonly JobDefinition<unknown>[]): Promise<void>;
  /** Registers (or updates) the cron schedules these definitions declare. */
  schedule(defs: readonly JobDefinition<unknown>[]): Promise<void>;
  /** Stops fetching, waits for attempts in flight, then releases pg-boss's connections. */
  stop(): Promise<void>;
};

export const jobsSchema = 'pgboss';

// Jobs per insert statement: one statement for a typical batch, bounded for a bulk import.
const INSERT_CHUNK = 1_000;

function connection(runtime: Runtime): Partial<ConstructorOptions> {
  const { database } = runtime;
  if (database.kind === 'pglite') return { db: fromPglite(database.pglite!), backend: 'pglite' };
  const connectionString = database.pool!.options.connectionString;
  if (!connectionString) throw new Error('pg-boss needs the PostgreSQL connection string the database was opened with');
  return { connectionString, max: 4, application_name: 'tandem-jobs' };
}

const policyOf = (def: JobDefinition<unknown>) => (def.oncePer ? 'stately' : 'standard');
const queueOptions = (def: JobDefinition<unknown>) => ({
  retryLimit: def.retry.limit,
  retryDelay: def.retry.delaySeconds,
  retryBackoff: def.retry.backoff,
  expireInSeconds: def.expireInSeconds,
});

export async function openJobQueue(runtime: Runtime, defs: readonly JobDefinition<unknown>[], tuning: JobTuning = {}): Promise<JobQueue> {
  const supervise = tuning.superviseIntervalSeconds ?? 30;
  const boss = new PgBoss({
    ...connection(runtime),
    schema: jobsSchema,
    superviseIntervalSeconds: supervise,
    monitorIntervalSeconds: supervise,
    cronMonitorIntervalSeconds: tuning.cronIntervalSeconds ?? 30,
    cronWorkerIntervalSeconds: Math.min(tuning.cronIntervalSeconds ?? 5, 5),
  });
  boss.on('error', (err) => runtime.logger.error({ err }, 'job queue error'));
  boss.on('warning', (w) => runtime.logger.warn({ warning: w.message }, 'job queue warning'));
  await boss.start();

  // Queue settings follow the definitions: created the first time, updated when a policy changes.
  // pg-boss fixes a queue's policy at creation: a queue made before its job had `oncePer` keeps
  // taking every send (harmless, just not collapsed) and says so.
  const ready = new Set<string>();
  async function ensureQueue(def: JobDefinition<unknown>): Promise<void> {
    if (ready.has(def.name)) return;
    const existing = await boss.getQueue(def.name);
    if (!existing) await boss.createQueue(def.name, { ...queueOptions(def), policy: policyOf(def) });
    else {
      await boss.updateQueue(def.name, queueOptions(def));
      if ((existing.policy ?? 'standard') !== policyOf(def)) runtime.logger.warn({ queue: def.name, policy: existing.policy, wanted: policyOf(def) }, 'job queue created with another policy: sends are not collapsed per key');
    }
    ready.add(def.name);
  }
  const withKey = <P>(def: JobDefinition<P>, payload: P, options: SendOptions) => (def.oncePer && !options.singletonKey ? { ...options, singletonKey: def.oncePer(payload) } : options);
  for (const def of defs) await ensureQueue(def);

  const queue: JobQueue = {
    boss,
    async send(def, payload, options = {}) {
      const data = parsePayload(def, payload);
      await ensureQueue(def);
      return boss.send(def.name, data as object, withKey(def, data, options));
    },
    async sendMany(def, jobs) {
      const rows = jobs.map(({ payload, options = {} }) => {
        const data = parsePayload(def, payload);
        return { data: data as object, ...withKey(def, data, options) };
      });
      if (rows.length === 0) return;
      await ensureQueue(def);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await boss.insert(def.name, rows.slice(i, i + INSERT_CHUNK));
    },
    async work(workDefs) {
      for (const def of workDefs) {
        await ensureQueue(def);
        const batchSize = def.batchSize ?? 1;
        const options = {
          batchSize,
          // Fetch loops, each running its batch at once: about `concurrency` attempts in flight.
          localConcurrency: Math.max(1, Math.ceil((def.concurrency ?? 1) / batchSize)),
          includeMetadata: true,
          perJobResults: true,
          // Without it pg-boss waits a polling interval between batches (~100 jobs/s on PGlite).
          burstWhenBatchFull: true,
          pollingIntervalSeconds: tuning.pollingIntervalSeconds ?? 2,
        } as const;
        await boss.work<unknown, unknown, typeof options>(def.name, options, (jobs) => Promise.all(jobs.map((job) => runAttempt(runtime, queue, def, job))));
      }
    },
    async schedule(scheduleDefs) {
      for (const def of scheduleDefs) {
        if (!def.schedule) continue;
        await ensureQueue(def);
        await boss.schedule(def.name, def.schedule.cron, parsePayload(def, def.schedule.payload) as object, { tz: 'UTC' });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: tuning.stopTimeoutMs ?? 30_000 });
    },
  };
  return queue;
}
