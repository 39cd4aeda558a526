// Crash recovery: a worker process killed with SIGKILL in the middle of a job. The job stays
// claimed by the dead process until it expires, then another worker takes it and it completes
// once. On PostgreSQL the second worker runs beside the first all along (and cannot steal the live
// claim); on PGlite, where one process owns the data directory, the second worker is this process
// reopening the directory the killed one left behind, as a restarted `tandem start` would.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { createRuntime } from '../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { openJobQueue, type JobQueue } from './queue.ts';
import { crashLogTable } from '../db/queries/crash-test-log.ts';
import { crashJob } from './testing/crash-job.ts';
import { fastTuning, jobState, waitForState } from './testing/job-harness.ts';

const workerScript = fileURLToPath(new URL('./testing/crash-worker.ts', import.meta.url));

/** Starts the worker process and resolves when its attempt has started. */
function startDoomedWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, [workerScript], { env: { ...process.env, ...env, TANDEM_CRASH_TEST_HANG: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const started = new Promise<{ started: string; pid: number }>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => resolve(JSON.parse(line)));
    void exited.then((how) => reject(new Error(`crash worker exited (${how}) before starting the job: ${stderr}`)));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  void exited.then(() => clearTimeout(timer));
  return { child, started, exited };
}

describe('crash recovery', () => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  let queue: JobQueue | undefined;
  let pgliteDir: string | undefined;
  after(async () => {
    await queue?.stop();
    if (test) await test.close();
    else await database?.close();
    if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
  });

  it('a job whose worker was killed mid-attempt is taken by another worker and completes exactly once', { timeout: 45_000 }, async () => {
    const runtimeOn = (db: Database) => createRuntime(loadConfig({ LOG_LEVEL: 'silent' }), { database: db, migrate: false });
    let doomed: ReturnType<typeof startDoomedWorker>;
    if (process.env.DATABASE_URL) {
      test = await createTestDatabase();
      database = test;
      doomed = startDoomedWorker({ TEST_DATABASE_URL: test.databaseUrl! });
      await doomed.started;
      // This process's worker polls beside the doomed one's live claim.
      queue = await openJobQueue(await runtimeOn(database), [crashJob], fastTuning);
      await queue.work([crashJob]);
    } else {
      // A migrated test database that this process lets go of, for the child process to own.
      const source = await createTestDatabase();
      await source.detach();
      pgliteDir = source.dataDir;
      doomed = startDoomedWorker({ TEST_DATA_DIR: pgliteDir });
    }
    const { started: jobId, pid: doomedPid } = await doomed.started;
    doomed.child.kill('SIGKILL');
    assert.equal(await doomed.exited, 'SIGKILL');

    if (!database) {
      // Reopen what the killed process left: PostgreSQL's own crash recovery runs inside PGlite.
      database = await openDatabase({ dataDir: pgliteDir! });
      queue = await openJobQueue(await runtimeOn(database), [crashJob], fastTuning);
      await queue.work([crashJob]);
    }
    assert.equal((await jobState(queue!, crashJob.name, jobId))?.state, 'active', 'the dead worker still holds the claim until it expires');

    const job = await waitForState(queue!, crashJob.name, jobId, ['completed', 'failed'], 20_000);
    assert.equal(job.state, 'completed');
    assert.equal(job.retryCount, 1, 'one expired attempt, one retry');
    const log = await database.query<{ pid: number; phase: string }>(`select pid, phase from ${crashLogTable} order by phase, pid`);
    const byPhase = (phase: string) => log.filter((r) => r.phase === phase).map((r) => r.pid);
    assert.deepEqual(byPhase('started').sort(), [doomedPid, process.pid].sort(), 'attempted by the killed worker, then by this one');
    assert.deepEqual(byPhase('effect'), [process.pid], 'the effect happened exactly once');
  });
});
