// Activity insert throughput on PostgreSQL, as a ratio to raw COPY of the same rows.
// Tandem's path is what ingestion uses: the recordActivities use-case, which inserts batches with
// INSERT ... SELECT FROM unnest() and on-conflict-do-nothing (the activity log's dedup rule).
// Drizzle's multi-row VALUES insert and the one-at-a-time use-case are reported beside it.
// Every run starts from an empty activities table, and runs alternate (A B B A) against drift.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type Database } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { activities, channels, people, workspaces } from '../src/db/schema/index.ts';
import { recordActivity } from '../src/core/activities/activities.ts';
import { recordActivities } from '../src/core/activities/record-activities.ts';
import { systemActor, systemClock, type WorkspaceCtx } from '../src/core/shared/context.ts';
import { newId } from '../src/core/shared/ids.ts';
import { tempDir } from './lib/cleanup.ts';
import { createThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';

const settings = { rows: 100_000, batch: 1_000, oneByOne: 2_000, people: 1_000 };

type Row = typeof activities.$inferInsert & { data: Record<string, unknown> };

function makeRows(n: number, workspaceId: string, channelId: string, personIds: string[]): Row[] {
  const types = ['post', 'reply', 'mention', 'reaction'];
  const t0 = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: newId(),
    workspaceId,
    personId: i % 10 === 0 ? null : personIds[i % personIds.length]!,
    channelId,
    type: types[i % types.length]!,
    externalId: `ext-${i}`,
    occurredAt: new Date(t0 + i * 1000),
    data: { text: `Message number ${i}, with "quotes"\tand a tab`, likes: i % 17 },
    createdAt: new Date(),
  }));
}

// COPY text format: tab-separated, \N for null, backslash escapes.
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const copyLine = (r: Row) =>
  [r.id, r.workspaceId, r.personId ?? '\\N', r.channelId, esc(r.type), esc(r.externalId), r.occurredAt.toISOString(), esc(JSON.stringify(r.data)), r.createdAt!.toISOString()].join('\t') + '\n';

async function copyRows(database: Database, rows: Row[]): Promise<void> {
  const client = await database.pool!.connect();
  try {
    const stream = client.query(copyFrom('copy activities (id, workspace_id, person_id, channel_id, type, external_id, occurred_at, data, created_at) from stdin'));
    // Chunks of a batch each, so serialising is streamed, as a real COPY loader would do it.
    async function* chunks() {
      for (let i = 0; i < rows.length; i += settings.batch) yield rows.slice(i, i + settings.batch).map(copyLine).join('');
    }
    await pipeline(Readable.from(chunks()), stream);
  } finally {
    client.release();
  }
}

// Tandem's ingestion path: the recordActivities use-case (workspace checks, then unnest batches).
async function tandemPath(ctx: WorkspaceCtx, rows: Row[]): Promise<void> {
  await recordActivities(ctx, rows.map((r) => ({ channelId: r.channelId, personId: r.personId, type: r.type, externalId: r.externalId, occurredAt: r.occurredAt, data: r.data })));
}

// The plain Drizzle multi-row VALUES insert, for comparison: its SQL building is the bottleneck.
async function drizzleBatches(database: Database, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += settings.batch) {
    await database.db
      .insert(activities)
      .values(rows.slice(i, i + settings.batch))
      .onConflictDoNothing({ target: [activities.channelId, activities.type, activities.externalId] });
  }
}

async function timed(database: Database, n: number, run: () => Promise<void>): Promise<number> {
  await database.query('truncate activities');
  // Flush the previous run's dirty pages now, so they are not written during this one.
  await database.query('checkpoint').catch(() => {});
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const [count] = await database.query<{ n: string }>('select count(*)::text as n from activities');
  if (Number(count!.n) !== n) throw new Error(`expected ${n} rows, found ${count!.n}`);
  return n / seconds;
}

export async function insertBench(): Promise<Figure[]> {
  const throwaway = await createThrowawayDb();
  const tmp = tempDir('tandem-bench-insert-');
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: throwaway.url, dataDir: tmp.dir });
    await applyMigrations(database);
    const workspaceId = newId();
    const channelId = newId();
    await database.db.insert(workspaces).values({ id: workspaceId, name: 'Bench' });
    await database.db.insert(channels).values({ id: channelId, workspaceId, network: 'bench', displayName: 'Bench channel' });
    const personIds = Array.from({ length: settings.people }, () => newId());
    await database.db.insert(people).values(personIds.map((id, i) => ({ id, workspaceId, displayName: `Person ${i}` })));
    const rows = makeRows(settings.rows, workspaceId, channelId, personIds);
    const db = database;

    const ctx: WorkspaceCtx = { db: db.db, clock: systemClock, actor: systemActor('bench'), workspaceId, role: 'owner' };
    const paths = { copy: copyRows, tandem: (_d: Database, r: Row[]) => tandemPath(ctx, r), drizzle: drizzleBatches };
    const rps = { copy: [] as number[], tandem: [] as number[], drizzle: [] as number[] };
    for (const name of ['copy', 'tandem', 'drizzle', 'drizzle', 'tandem', 'copy'] as const) {
      rps[name].push(await timed(db, rows.length, () => paths[name](db, rows)));
      progress(`inserts ${name}: ${fmt(rps[name].at(-1)!)} rows/s`);
    }
    const few = rows.slice(0, settings.oneByOne);
    const oneByOne = await timed(db, few.length, async () => {
      for (const r of few) await recordActivity(ctx, { channelId, personId: r.personId, type: r.type, externalId: r.externalId, occurredAt: r.occurredAt, data: r.data });
    });

    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const copyRps = mean(rps.copy);
    const tandemRps = mean(rps.tandem);
    const drizzleRps = mean(rps.drizzle);
    const baseline = `${fmt(copyRps)} rows/s COPY`;
    return [
      { figure: `Activity inserts, recordActivities in batches of ${fmt(settings.batch)} (PostgreSQL)`, value: `${fmt(tandemRps)} rows/s`, baseline, ratio: tandemRps / copyRps, target: 0.5 },
      { figure: `  for comparison: Drizzle multi-row VALUES, batches of ${fmt(settings.batch)}`, value: `${fmt(drizzleRps)} rows/s`, baseline, ratio: drizzleRps / copyRps },
      { figure: `Activity inserts, recordActivity one at a time (PostgreSQL)`, value: `${fmt(oneByOne)} rows/s`, baseline, ratio: oneByOne / copyRps },
    ];
  } finally {
    await database?.close();
    await throwaway.drop();
    await tmp.remove();
  }
}
