// The CI-scale version of the crash bench: ~150 targets due at once, workers in their own
// processes, one killed with SIGKILL mid-run. On PostgreSQL three workers share the database and
// one dies while the other two go on; on PGlite, where one process owns the data directory, the
// only worker dies and this process takes over the directory it left, as a restarted
// `tandem start` would. Either way: no key posted twice on the network, no target lost.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../../config.ts';
import { openDatabase, type Database } from '../../../db/client.ts';
import { countPublishedWithoutId, countTargetsByState, countUnsettledTargets } from '../../../db/queries/post-targets.ts';
import { definePublishTargetJob } from '../../../jobs/publish-target.ts';
import { openJobQueue, type JobQueue } from '../../../jobs/queue.ts';
import { defineSweepPublishingJob } from '../../../jobs/sweep-publishing.ts';
import { fastTuning, waitFor } from '../../../jobs/testing/job-harness.ts';
import { createRuntime } from '../../../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { sendPublishJobs } from './send-publish-jobs.ts';
import { publishFixtureRegistry } from './testing/publish-connector.ts';
import { startPublishNetwork, type PublishNetwork } from './testing/publish-network.ts';
import { seedTargets } from './testing/seed-targets.ts';
import { startWorker, stopWorker, type Worker } from './testing/worker-fleet.ts';

const lease = 4;
const options = { leaseSeconds: lease, deadlineSeconds: lease / 2, backoffSeconds: 1 };
const targetJob = definePublishTargetJob({ options, concurrency: 5 });
const sweepJob = defineSweepPublishingJob(options, { cron: '* * * * * *', graceMs: 2_000 });
const workerEnv = { PUBLISH_LEASE_SECONDS: String(lease), PUBLISH_CONCURRENCY: '5', PUBLISH_SWEEP_CRON: '* * * * * *', PUBLISH_SWEEP_GRACE_MS: '2000', PUBLISH_FAST_TUNING: '1' };
const TARGETS = 150;

describe('publishing with a worker killed mid-run', () => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  let queue: JobQueue | undefined;
  let network: PublishNetwork | undefined;
  const workers: Worker[] = [];
  after(async () => {
    for (const w of workers) await stopWorker(w);
    await queue?.stop();
    await network?.close();
    if (test?.databaseUrl) await test.close();
    else {
      // PGlite: this process's handle was given up; the directory's last owner is `database`.
      await database?.close();
      if (test) fs.rmSync(test.dataDir, { recursive: true, force: true });
    }
  });

  it('publishes every target exactly once or leaves it visibly failed', { timeout: 240_000 }, async () => {
    // Slow enough answers that every worker always has calls in flight when the kill comes.
    network = await startPublishNetwork({ delayMs: 150 });
    test = await createTestDatabase();
    const runtimeOn = (db: Database) => createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: test!.dataDir }), { database: db, migrate: false, connectors: publishFixtureRegistry() });
    const seedAndSend = async (send: JobQueue['send']) => {
      const seeded = await seedTargets(test!, { network: 'publish-read-back', baseUrl: network!.baseUrl, host: network!.host, posts: TARGETS / 3, channels: 3, dueAt: new Date() });
      assert.equal(seeded.targetIds.length, TARGETS);
      const targets = await test!.query<{ id: string; scheduled_at: Date }>('select id, scheduled_at from post_targets');
      // Every 25th target's job is never sent: the sweep must find it.
      await sendPublishJobs(send, targetJob, targets.filter((_, i) => i % 25 !== 0).map((t) => ({ id: t.id, scheduledAt: new Date(t.scheduled_at) })));
    };

    if (test.databaseUrl) {
      database = test;
      // The workers start together (a cold start takes seconds on a busy machine), then the targets fall due.
      const env = { ...workerEnv, TEST_DATABASE_URL: test.databaseUrl, KEY_DIR: test.dataDir };
      workers.push(...(await Promise.all([startWorker(env), startWorker(env), startWorker(env)])));
      queue = await openJobQueue(await runtimeOn(test), [targetJob, sweepJob], fastTuning);
      await seedAndSend(queue.send);
    } else {
      // Due and queued from here, then the directory is handed to the one worker process.
      const setup = await openJobQueue(await runtimeOn(test), [targetJob, sweepJob], fastTuning);
      await seedAndSend(setup.send);
      await setup.stop();
      await test.detach();
      workers.push(await startWorker({ ...workerEnv, TEST_DATA_DIR: test.dataDir }));
    }

    // Kill one worker once about a third of the posts have reached the network, at a moment it has
    // a post in flight (so it holds a claim: on a busy machine a worker can start late and hold none).
    const victim = workers[0]!;
    await waitFor('a third of the posts on the network, one in flight from the victim', async () => (network!.posts.length >= TARGETS / 3 && network!.inFlightFrom(victim.pid) > 0 ? true : undefined), 60_000);
    victim.proc.kill('SIGKILL');
    assert.equal(await victim.exited, 'SIGKILL');

    if (!database) {
      // PGlite: reopen what the killed process left (PostgreSQL's crash recovery runs inside PGlite).
      database = await openDatabase({ dataDir: test.dataDir });
      queue = await openJobQueue(await runtimeOn(database), [targetJob, sweepJob], fastTuning);
      await queue.schedule([sweepJob]);
      await queue.work([targetJob, sweepJob]);
    }
    const db = database;
    await waitFor('every target settled', async () => ((await countUnsettledTargets(db.db)) === 0 ? true : undefined), 120_000);

    const byState = await countTargetsByState(db.db);
    assert.deepEqual(network.duplicates(), [], 'no idempotency key posted twice');
    assert.equal((byState.published ?? 0) + (byState.failed ?? 0) + (byState.needs_check ?? 0), TARGETS, `none lost: ${JSON.stringify(byState)}`);
    assert.equal(byState.published, TARGETS, 'with a network that answers, all of them are published');
    assert.equal(await countPublishedWithoutId(db.db), 0);
    const stored = await db.query<{ idempotency_key: string; external_id: string }>('select idempotency_key, external_id from post_targets');
    const onNetwork = new Map(network.posts.map((p) => [p.key, p.id]));
    assert.equal(onNetwork.size, TARGETS);
    for (const t of stored) assert.equal(t.external_id, onNetwork.get(t.idempotency_key), 'the id stored is the post on the network');
    const reclaimed = await db.query<{ n: number }>('select count(*)::int as n from post_targets where attempts > 1');
    assert.ok(reclaimed[0]!.n >= 1, 'the killed worker held claims, and they were taken over');
    console.log(`# ${TARGETS} targets: ${JSON.stringify(byState)}, ${reclaimed[0]!.n} reclaimed after the kill, ${network.lookups} read-backs, 0 duplicates`);
  });
});
