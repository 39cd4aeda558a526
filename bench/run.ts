// `npm run bench`: every bench in turn, one table at the end. Figures are ratios to a baseline
// measured in the same run, because absolute numbers on a small, shared machine drift from run
// to run. A missed target is printed as MISSED but is not a failure; only a crash exits non-zero.
import os from 'node:os';
import { coldStartBench } from './cold-start.ts';
import { httpBench } from './http.ts';
import { inboxIngestBench } from './inbox-ingest.ts';
import { inboxQueriesBench } from './inbox-queries.ts';
import { insertBench } from './inserts.ts';
import { publishingBench } from './publishing.ts';
import { killAllChildrenNow, stopAllChildren } from './lib/children.ts';
import { payAll } from './lib/cleanup.ts';
import { postgresReachable } from './lib/postgres.ts';
import { formatTable, progress, verdict, type Figure } from './lib/report.ts';

// Children must not outlive the run, even on Ctrl-C or an uncaught error.
process.once('exit', killAllChildrenNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildrenNow();
    // Drop throwaway databases and remove temporary directories, then leave.
    void payAll().finally(() => process.exit(130));
  });
}

const started = performance.now();
const withPostgres = await postgresReachable();
const benches: [string, () => Promise<Figure[]>][] = [
  ['HTTP, embedded database', () => httpBench('pglite')],
  ...(withPostgres
    ? ([
        ['HTTP, PostgreSQL', () => httpBench('postgres')],
        ['activity inserts, PostgreSQL', insertBench],
        ['publishing exactly once, PostgreSQL', publishingBench],
        ['inbox ingestion, PostgreSQL', inboxIngestBench],
        ['inbox list and timeline at 1M conversations, PostgreSQL', inboxQueriesBench],
      ] as [string, () => Promise<Figure[]>][])
    : []),
  ['cold start and idle memory, embedded database', () => coldStartBench(withPostgres)],
];

// The load average says how busy the machine was; ratios survive it, absolute figures do not.
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Tandem benchmarks: ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${load()}, ${new Date().toISOString()}`);
if (!withPostgres) console.log('PostgreSQL not reachable at 127.0.0.1:5432: PostgreSQL benches skipped.');

const figures: Figure[] = [];
try {
  // `npm run bench -- publishing`: only the benches whose name contains one of the words given.
  const only = process.argv.slice(2).map((w) => w.toLowerCase());
  for (const [name, run] of benches.filter(([n]) => only.length === 0 || only.some((w) => n.toLowerCase().includes(w)))) {
    progress(`running: ${name}`);
    figures.push(...(await run()));
  }
} catch (err) {
  console.error(formatTable(figures));
  console.error(`\nbench crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
} finally {
  await stopAllChildren();
}

if (!process.exitCode) {
  console.log(`\n${formatTable(figures)}\n`);
  const missed = figures.filter((f) => verdict(f) === 'MISSED');
  console.log(missed.length ? `MISSED ${missed.length} target(s): ${missed.map((f) => f.figure.trim()).join('; ')}` : 'All targets met.');
  console.log(`Took ${Math.round((performance.now() - started) / 1000)} s; load average at the end ${load()}.`);
}
