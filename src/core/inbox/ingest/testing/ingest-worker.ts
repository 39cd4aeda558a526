// A process that reads one channel's inbox to the end, for the crash test: it opens the database
// (TEST_DATABASE_URL, or the PGlite directory TEST_DATA_DIR), says "ready" on stdout, then runs
// ingestChannel one page (of PAGE_SIZE) at a time, saying "page" after each, until the channel is
// read, and says "done". The test kills it with SIGKILL at random moments in between.
import { loadConfig } from '../../../../config.ts';
import { openDatabase } from '../../../../db/client.ts';
import { createRuntime } from '../../../../runtime.ts';
import { systemActor } from '../../../shared/context.ts';
import { ingestChannel } from '../ingest-channel.ts';

const env = process.env;
const dataDir = env.TEST_DATA_DIR ?? env.KEY_DIR!;
const database = await openDatabase(env.TEST_DATABASE_URL ? { databaseUrl: env.TEST_DATABASE_URL, dataDir } : { dataDir });
const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }), { database, migrate: false });
const ctx = { db: database.db, clock: runtime.clock, actor: systemActor('crash test'), keyring: runtime.keyring, connectors: runtime.connectors };
console.log(JSON.stringify({ ready: process.pid }));
for (;;) {
  const run = await ingestChannel(ctx, env.CHANNEL_ID!, { pageSize: Number(env.PAGE_SIZE ?? 10), maxPages: 1 });
  console.log(JSON.stringify({ page: run.stored }));
  if (run.outcome === 'done') break;
  if (run.outcome === 'error' || run.outcome === 'skipped') throw new Error(`ingest ${run.outcome}: ${run.reason}`);
}
console.log(JSON.stringify({ done: process.pid }));
await runtime.close();
