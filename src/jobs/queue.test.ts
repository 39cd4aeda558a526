// The job queue on the test database (PGlite, or PostgreSQL with DATABASE_URL): delayed sends,
// cron schedules, retries, retry exhaustion and payload validation on both ends.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { defineJob, JobPayloadError } from './define-job.ts';
import { createJobHarness, jobState, waitFor, waitForState, type JobHarness } from './testing/job-harness.ts';

const ran: Record<string, Date[]> = {};
const record = (key: string) => (ran[key] ??= []).push(new Date());
const attempts = new Map<string, number>();

const delayed = defineJob({
  name: 'test.delayed',
  payload: z.object({ key: z.string() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 30,
  async handler(_ctx, { key }) {
    record(key);
  },
});

const ticking = defineJob({
  name: 'test.ticking',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 30,
  schedule: { cron: '* * * * * *', payload: {} },
  async handler() {
    record('tick');
  },
});

const flaky = defineJob({
  name: 'test.flaky',
  payload: z.object({ key: z.string(), failures: z.number().int() }),
  retry: { limit: 2, delaySeconds: 0, backoff: false },
  expireInSeconds: 30,
  async handler(ctx, { key, failures }) {
    const n = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, n);
    assert.equal(ctx.retryCount, n - 1);
    if (n <= failures) throw new Error(`attempt ${n} of ${key} failed on purpose`);
    record(key);
  },
});

const strict = defineJob({
  name: 'test.strict',
  payload: z.object({ workspaceId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 0, backoff: false },
  expireInSeconds: 30,
  async handler() {
    record('strict');
  },
});

// One at a time per key: the first run for 'a' waits at the gate while more are sent.
const collapsedRuns: number[] = [];
let openGate: () => void = () => {};
const gate = new Promise<void>((resolve) => (openGate = resolve));
const collapsing = defineJob({
  name: 'test.collapsing',
  payload: z.object({ key: z.string(), n: z.number().int() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 30,
  concurrency: 2,
  oncePer: ({ key }) => key,
  async handler(_ctx, { n }) {
    collapsedRuns.push(n);
    if (n === 1) await gate;
  },
});

const defs = [delayed, ticking, flaky, strict, collapsing];

describe('job queue', () => {
  let h: JobHarness;
  before(async () => {
    h = await createJobHarness(defs);
    await h.queue.work(defs.filter((d) => d !== ticking));
  });
  after(() => h.close());

  const metric = async (name: string, outcome: string) =>
    (await h.runtime.metrics.jobs.get()).values.find((v) => v.labels.name === name && v.labels.outcome === outcome)?.value ?? 0;

  it('runs a job sent with startAfter after that moment, not before', async () => {
    const sentAt = Date.now();
    const id = await h.queue.send(delayed, { key: 'later' }, { startAfter: new Date(sentAt + 2_000) });
    const now = await h.queue.send(delayed, { key: 'now' });
    assert.ok(id && now);
    await waitForState(h.queue, delayed.name, now, ['completed']);
    assert.equal(ran.later, undefined, 'the delayed job ran before its time');
    assert.equal((await jobState(h.queue, delayed.name, id))?.state, 'created');
    await waitForState(h.queue, delayed.name, id, ['completed']);
    assert.ok(ran.later![0]!.getTime() >= sentAt + 2_000, 'the delayed job ran early');
  });

  it('registers cron schedules in UTC and fires them', async () => {
    await h.queue.schedule(defs);
    const schedules = await h.queue.boss.getSchedules();
    assert.deepEqual(schedules.map((s) => [s.name, s.cron, s.timezone]), [['test.ticking', '* * * * * *', 'UTC']]);
    await h.queue.work([ticking]);
    await waitFor('the every-second schedule to fire', async () => (ran.tick?.length ? true : undefined));
    await h.queue.boss.unschedule(ticking.name);
  });

  it('retries a failing handler and completes it', async () => {
    const id = (await h.queue.send(flaky, { key: 'once', failures: 1 }))!;
    const job = await waitForState(h.queue, flaky.name, id, ['completed', 'failed']);
    assert.equal(job.state, 'completed');
    assert.equal(job.retryCount, 1);
    assert.equal(attempts.get('once'), 2);
    assert.equal(ran.once?.length, 1);
    assert.equal(await metric(flaky.name, 'retry'), 1);
    assert.equal(await metric(flaky.name, 'completed'), 1);
  });

  it('fails a job for good once its retries are exhausted', async () => {
    const id = (await h.queue.send(flaky, { key: 'always', failures: 99 }))!;
    const job = await waitForState(h.queue, flaky.name, id, ['failed']);
    assert.equal(job.retryCount, 2);
    assert.equal(attempts.get('always'), 3, 'one attempt plus two retries');
    assert.deepEqual(job.output, { error: 'attempt 3 of always failed on purpose' });
    assert.equal(await metric(flaky.name, 'failed'), 1);
  });

  it('sends many jobs in one call, each with its own time, under the queue\'s retry policy', async () => {
    const sentAt = Date.now();
    await h.queue.sendMany(delayed, [{ payload: { key: 'many-now' } }, { payload: { key: 'many-later' }, options: { startAfter: new Date(sentAt + 1_500) } }]);
    await h.queue.sendMany(flaky, [{ payload: { key: 'many-flaky', failures: 1 } }]);
    await waitFor('both delayed jobs to run', async () => (ran['many-now'] && ran['many-later'] ? true : undefined));
    assert.ok(ran['many-later']![0]!.getTime() >= sentAt + 1_500, 'the delayed job ran early');
    assert.ok(ran['many-now']![0]!.getTime() < ran['many-later']![0]!.getTime());
    const job = (await h.queue.boss.findJobs(flaky.name)).find((j) => (j.data as { key: string }).key === 'many-flaky')!;
    const settled = await waitForState(h.queue, flaky.name, job.id, ['completed', 'failed']);
    assert.deepEqual([settled.state, settled.retryCount], ['completed', 1], 'retried as the queue says');
  });

  it('a job with oncePer runs once per key at a time: one waits beside the running one, further sends are dropped', async () => {
    await h.queue.send(collapsing, { key: 'a', n: 1 });
    await waitFor('the first run for a', async () => (collapsedRuns.includes(1) ? true : undefined));
    await h.queue.sendMany(collapsing, [{ payload: { key: 'a', n: 2 } }, { payload: { key: 'a', n: 3 } }, { payload: { key: 'b', n: 4 } }]);
    assert.equal(await h.queue.send(collapsing, { key: 'a', n: 5 }), null, 'a send while one waits is dropped');
    await waitFor('b, which nothing holds back', async () => (collapsedRuns.includes(4) ? true : undefined));
    openGate();
    await waitFor('the run that waited for a', async () => (collapsedRuns.includes(2) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.deepEqual([...collapsedRuns].sort(), [1, 2, 4]);
  });

  it('sendMany checks every payload first: one bad payload queues none of them', async () => {
    await assert.rejects(h.queue.sendMany(strict, [{ payload: { workspaceId: crypto.randomUUID() } }, { payload: { workspaceId: 'nope' } }]), JobPayloadError);
    assert.equal((await h.queue.boss.findJobs(strict.name)).length, 0);
  });

  it('rejects a bad payload on send with a clear error and queues nothing', async () => {
    await assert.rejects(h.queue.send(strict, { workspaceId: 'not-a-uuid' }), (err: unknown) => {
      assert.ok(err instanceof JobPayloadError);
      assert.match(err.message, /^Invalid payload for job "test\.strict": workspaceId: /);
      return true;
    });
    assert.equal((await h.queue.boss.findJobs(strict.name)).length, 0);
  });

  it('fails a bad payload on receive at once, without retries or running the handler', async () => {
    // Sent around the validation, as an older release or a hand-written row might.
    const id = (await h.queue.boss.send(strict.name, { workspaceId: 42 }))!;
    const job = await waitForState(h.queue, strict.name, id, ['failed']);
    assert.equal(job.retryCount, 0, 'a bad payload must not be retried');
    assert.match((job.output as { error: string }).error, /^Invalid payload for job "test\.strict": workspaceId: /);
    assert.equal(ran.strict, undefined);
    assert.equal(await metric(strict.name, 'invalid'), 1);
  });
});
