import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { queuePublish } from '../core/publishing/engine/queue-publish.ts';
import { publishFixtureRegistry } from '../core/publishing/engine/testing/publish-connector.ts';
import { startPublishNetwork, type PublishNetwork } from '../core/publishing/engine/testing/publish-network.ts';
import { readTarget, seedTargets } from '../core/publishing/engine/testing/seed-targets.ts';
import { loadConfig } from '../config.ts';
import { createRuntime } from '../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { publishTargetJob } from './publish-target.ts';
import { openJobQueue, type JobQueue } from './queue.ts';
import { defineSweepPublishingJob } from './sweep-publishing.ts';
import { fastTuning, waitFor } from './testing/job-harness.ts';

describe('publishing jobs', () => {
  let database: TestDatabase;
  let network: PublishNetwork;
  let queue: JobQueue;
  const sweep = defineSweepPublishingJob({}, { cron: '* * * * * *', graceMs: 1_000 });
  before(async () => {
    database = await createTestDatabase();
    network = await startPublishNetwork();
    const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: database.dataDir }), { database, migrate: false, connectors: publishFixtureRegistry() });
    queue = await openJobQueue(runtime, [publishTargetJob, sweep], fastTuning);
    await queue.schedule([sweep]);
    await queue.work([publishTargetJob, sweep]);
  });
  after(async () => {
    await queue.stop();
    await network.close();
    await database.close();
  });

  const seed = (dueAt: Date) => seedTargets(database, { network: 'publish-read-back', baseUrl: network.baseUrl, host: network.host, posts: 1, dueAt });
  const published = (targetId: string) => waitFor(`target ${targetId} published`, async () => ((await readTarget(database, targetId)).state === 'published' ? true : undefined), 20_000);

  it('a queued target is published by its delayed job at its time, not before', async () => {
    const dueAt = new Date(Date.now() + 2_500);
    const { targetIds } = await seed(dueAt);
    await queuePublish(queue.send, [{ id: targetIds[0]!, scheduledAt: dueAt }]);
    await published(targetIds[0]!);
    const row = await readTarget(database, targetIds[0]!);
    const post = network.posts.find((p) => p.key === row.idempotency_key)!;
    assert.ok(post.at >= dueAt.getTime(), 'not sent before its time');
    assert.equal(network.countsByKey().get(row.idempotency_key), 1);
  });

  it('the same target queued twice is still published once (in bulk, then one at a time)', async () => {
    const dueAt = new Date(Date.now() + 500);
    const { targetIds } = await seed(dueAt);
    const target = { id: targetIds[0]!, scheduledAt: dueAt };
    await queuePublish(queue, [target, target]);
    await queuePublish(queue.send, [target]);
    await queuePublish(queue.send, [{ ...target, scheduledAt: new Date(dueAt.getTime() + 200) }]);
    await published(targetIds[0]!);
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(network.countsByKey().get((await readTarget(database, targetIds[0]!)).idempotency_key), 1);
  });

  it('the sweep job publishes a due target whose job was never sent', async () => {
    const { targetIds } = await seed(new Date(Date.now() - 5_000));
    // Sent by hand rather than waiting for its cron tick (the crash test relies on the tick).
    await queue.send(sweep, {});
    await published(targetIds[0]!);
    assert.equal(network.countsByKey().get((await readTarget(database, targetIds[0]!)).idempotency_key), 1);
  });
});
