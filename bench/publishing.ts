// Publishing exactly once, at scale (issue 4, "Measured"): 10,000 targets due at the same instant,
// four worker processes (publish-worker.ts: `tandem worker` with the publishing jobs and the
// loopback fixture connector) on a throwaway PostgreSQL database, and a network on loopback that
// answers every request in 20 ms. Reported: lateness from the due time to the network receiving
// the post (p50, p99, max), duplicates (keys posted twice), lost (targets neither published nor in
// a visible failed / needs_check state). Then the same with one worker killed with SIGKILL once
// half the posts are out. The engine runs with its production lease and the workers with the
// production job tuning, so the killed worker's claims come back after the lease as they would.
import path from 'node:path';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { createRuntime } from '../src/runtime.ts';
import { openJobQueue } from '../src/jobs/queue.ts';
import { publishTargetJob } from '../src/jobs/publish-target.ts';
import { queuePublish } from '../src/core/publishing/engine/queue-publish.ts';
import { countTargetsByState, countUnsettledTargets } from '../src/db/queries/post-targets.ts';
import { publishFixtureRegistry } from '../src/core/publishing/engine/testing/publish-connector.ts';
import { startPublishNetwork } from '../src/core/publishing/engine/testing/publish-network.ts';
import { seedTargets } from '../src/core/publishing/engine/testing/seed-targets.ts';
import { root, startChild, type Child } from './lib/children.ts';
import { tempDir } from './lib/cleanup.ts';
import { createThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';

const settings = { targets: Number(process.env.BENCH_PUBLISH_TARGETS ?? 10_000), channels: 4, workers: 4, networkMs: 20 };
const workerScript = path.join(root, 'src/core/publishing/engine/testing/publish-worker.ts');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function waitReady(child: Child): Promise<void> {
  const started = performance.now();
  while (!child.output().includes('"ready"')) {
    if (child.proc.exitCode !== null) throw new Error(`publish worker exited before it was ready:\n${child.output()}`);
    if (performance.now() - started > 120_000) throw new Error(`publish worker not ready after 120 s:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Run = { lateness: number[]; duplicates: number; lost: number; published: number; visible: number; seconds: number; reclaimed: number };

async function runOnce(kill: boolean): Promise<Run> {
  const pg = await createThrowawayDb();
  const keys = tempDir('tandem-bench-publish-');
  const network = await startPublishNetwork({ delayMs: settings.networkMs });
  const database = await openDatabase({ databaseUrl: pg.url, dataDir: keys.dir });
  const workers: Child[] = [];
  try {
    await applyMigrations(database);
    const env = { TEST_DATABASE_URL: pg.url, KEY_DIR: keys.dir, ...(process.env.BENCH_PUBLISH_LEASE_SECONDS ? { PUBLISH_LEASE_SECONDS: process.env.BENCH_PUBLISH_LEASE_SECONDS } : {}) };
    for (let i = 0; i < settings.workers; i++) workers.push(startChild([workerScript], env));
    await Promise.all(workers.map(waitReady));
    progress(`${settings.workers} workers ready`);

    // Due in 30 s: time enough to insert the rows and queue every job through queuePublish first.
    const dueAt = new Date(Date.now() + 30_000);
    const seeded = await seedTargets(database, { network: 'publish-read-back', baseUrl: network.baseUrl, host: network.host, posts: settings.targets / settings.channels, channels: settings.channels, dueAt });
    const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: keys.dir }), { database, migrate: false, connectors: publishFixtureRegistry() });
    const queue = await openJobQueue(runtime, [publishTargetJob]);
    const sendStarted = performance.now();
    const targets = seeded.targetIds.map((id) => ({ id, scheduledAt: dueAt }));
    // As scheduling a batch does: the queue itself, so its jobs go in bulk inserts.
    await queuePublish(queue, targets);
    await queue.stop();
    progress(`${fmt(targets.length)} jobs queued in ${fmt((performance.now() - sendStarted) / 1000, 1)} s; due at ${dueAt.toISOString()}`);
    if (Date.now() > dueAt.getTime()) progress('warning: queuing finished after the due time; lateness includes it');

    let killedAt: number | undefined;
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      if (kill && killedAt === undefined && network.posts.length >= settings.targets / 2) {
        workers[0]!.proc.kill('SIGKILL');
        killedAt = Date.now();
        progress(`worker ${workers[0]!.pid} killed with SIGKILL after ${fmt(network.posts.length)} posts`);
      }
      const unsettled = await countUnsettledTargets(database.db);
      if (unsettled === 0) break;
      if (Date.now() > deadline) throw new Error(`${unsettled} targets still unsettled after 10 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (Date.now() - dueAt.getTime()) / 1000;

    const byState = await countTargetsByState(database.db);
    const [reclaimed] = await database.query<{ n: number }>('select count(*)::int as n from post_targets where attempts > 1');
    const first = new Map<string, number>();
    for (const p of network.posts) if (!first.has(p.key)) first.set(p.key, p.at);
    const lateness = [...first.values()].map((at) => at - dueAt.getTime()).sort((a, b) => a - b);
    const published = byState.published ?? 0;
    const visible = (byState.failed ?? 0) + (byState.needs_check ?? 0);
    return { lateness, duplicates: network.duplicates().length, lost: settings.targets - published - visible, published, visible, seconds, reclaimed: reclaimed!.n };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await network.close();
    await database.close();
    await pg.drop();
    await keys.remove();
  }
}

const exact = (figure: string, n: number): Figure => ({ figure, value: fmt(n), baseline: '0', ratio: n === 0 ? 1 : 0, target: 1 });

function figuresOf(label: string, r: Run): Figure[] {
  const ms = (n: number) => `${fmt(n)} ms`;
  return [
    { figure: `publishing ${label}: lateness p50`, value: ms(percentile(r.lateness, 50)), baseline: `${settings.networkMs} ms network` },
    { figure: `publishing ${label}: lateness p99`, value: ms(percentile(r.lateness, 99)), baseline: `max ${ms(r.lateness.at(-1) ?? NaN)}` },
    { figure: `publishing ${label}: all settled after`, value: `${fmt(r.seconds, 1)} s`, baseline: `${fmt(settings.targets / r.seconds)} targets/s` },
    exact(`publishing ${label}: duplicates`, r.duplicates),
    exact(`publishing ${label}: lost`, r.lost),
    { figure: `publishing ${label}: published / failed or needs check / reclaimed`, value: `${fmt(r.published)} / ${fmt(r.visible)} / ${fmt(r.reclaimed)}`, baseline: '-' },
  ];
}

export async function publishingBench(): Promise<Figure[]> {
  progress(`publishing: ${fmt(settings.targets)} targets, ${settings.workers} workers, ${settings.networkMs} ms network`);
  const calm = await runOnce(false);
  progress('publishing: again, one worker killed halfway');
  const killed = await runOnce(true);
  return [...figuresOf('4 workers', calm), ...figuresOf('1 of 4 killed', killed)];
}
