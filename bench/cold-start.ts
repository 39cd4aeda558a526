// Cold start of `tandem start` on the embedded database: time from spawning the process to the
// first 200 from /readyz, on a brand-new DATA_DIR (initdb + migrations) and again on the same
// directory (a restart), then the resident memory of the idle server. With PostgreSQL reachable,
// the same server on PostgreSQL is measured too, so the embedded database's share is visible.
import { tempDir } from './lib/cleanup.ts';
import { freePort, rssMiB, startChild, waitFor200 } from './lib/children.ts';
import { createThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';

const idleSeconds = 5;

async function startOnce(dataDir: string, env: Record<string, string> = {}): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const since = performance.now();
  const child = startChild(['src/cli/main.ts', 'start'], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  try {
    const ms = await waitFor200(`http://127.0.0.1:${port}/readyz`, child, since);
    // Idle: no requests, so what remains is the steady footprint, not start-up garbage in flight.
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    return { ms, rss: await rssMiB(child.pid) };
  } finally {
    await child.stop();
  }
}

export async function coldStartBench(withPostgres: boolean): Promise<Figure[]> {
  const tmp = tempDir('tandem-bench-cold-');
  // A path that does not exist yet: the very first run of a new install.
  const dataDir = `${tmp.dir}/data`;
  try {
    const first = await startOnce(dataDir);
    progress(`cold start first run: ${fmt(first.ms)} ms, ${fmt(first.rss)} MiB`);
    const again = await startOnce(dataDir);
    progress(`cold start restart: ${fmt(again.ms)} ms, ${fmt(again.rss)} MiB`);
    const figures: Figure[] = [
      { figure: 'Start to /readyz 200, new DATA_DIR (initdb + migrations)', value: `${fmt(first.ms / 1000, 2)} s`, baseline: '-' },
      { figure: 'Start to /readyz 200, existing DATA_DIR (restart)', value: `${fmt(again.ms / 1000, 2)} s`, baseline: '-' },
      { figure: `Idle RSS after ${idleSeconds} s, after first run`, value: `${fmt(first.rss)} MiB`, baseline: '-' },
      { figure: `Idle RSS after ${idleSeconds} s, after restart`, value: `${fmt(again.rss)} MiB`, baseline: '-' },
    ];
    if (withPostgres) {
      const db = await createThrowawayDb();
      try {
        const pgRun = await startOnce(`${dataDir}-pg`, { DATABASE_URL: db.url });
        progress(`cold start on PostgreSQL: ${fmt(pgRun.ms)} ms, ${fmt(pgRun.rss)} MiB`);
        figures.push(
          { figure: '  for comparison: start to /readyz 200 on PostgreSQL (new db)', value: `${fmt(pgRun.ms / 1000, 2)} s`, baseline: '-' },
          { figure: `  for comparison: idle RSS on PostgreSQL (server process only)`, value: `${fmt(pgRun.rss)} MiB`, baseline: '-' },
        );
      } finally {
        await db.drop();
      }
    }
    return figures;
  } finally {
    await tmp.remove();
  }
}
