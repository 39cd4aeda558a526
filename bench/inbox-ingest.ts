// Inbox ingestion throughput on PostgreSQL, as a ratio to raw COPY of the same rows. Tandem's path
// is what a channel's poll runs: ingestChannel over a connector whose inbox is in memory (no
// network time), so each page is prepared (checks and scoring: sentiment, language, intents, in
// the scoring worker) while the page before is stored by ingestItems (one transaction: cursor
// compare-and-set, identity resolution, threading, activities, messages, conversations,
// rules/assignment/SLA).
// The baseline takes every row that run wrote (people, identities, conversations, messages,
// activities) and COPYs it back into the emptied tables. Runs alternate (A B B A) against drift.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { loadConfig } from '../src/config.ts';
import type { InboxItem } from '../src/connectors/sdk/operations.ts';
import { registryOf } from '../src/core/channels/connector-registry.ts';
import { INGEST_PAGE_SIZE, ingestChannel, type IngestCtx } from '../src/core/inbox/ingest/ingest-channel.ts';
import { scriptedInbox } from '../src/core/inbox/ingest/testing/scripted-inbox.ts';
import { systemActor } from '../src/core/shared/context.ts';
import { newId } from '../src/core/shared/ids.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { channels, workspaces } from '../src/db/schema/index.ts';
import { createRuntime } from '../src/runtime.ts';
import { tempDir } from './lib/cleanup.ts';
import { createThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';

const settings = { items: 10_000, authors: 1_000 };
const written = ['people', 'identities', 'conversations', 'messages', 'activities'] as const;

const openers = ['Hi @acme', 'Hey', '@acme', 'Quick question:', 'Honestly', 'Wow'];
const bodies = [
  'when does the spring roast ship to Canada?',
  'great, my order is late again. Third time this month.',
  'love the new cups, the lids finally do not leak!',
  'the app crashes every time I open the loyalty card',
  'would be nice to have oat milk in the subscription box',
  'still waiting for my refund, nobody answers the phone',
  'thanks for the quick answer yesterday, all sorted now',
  'is the Lyon shop open on Sunday?',
  'free crypto giveaway, DM me now https://spam.example/win',
  'the barista at Market Street was lovely this morning ☕',
];

/** A realistic mix: a third reply to an earlier item of the same thread, the rest open new ones. */
function makeItems(n: number): InboxItem[] {
  const t0 = Date.UTC(2026, 10, 1);
  return Array.from({ length: n }, (_, i) => {
    const author = i % settings.authors;
    const repliesTo = i >= 3 && i % 3 === 0 ? `item-${i - 3}` : undefined;
    return {
      externalId: `item-${i}`,
      kind: repliesTo ? 'reply' : i % 5 === 0 ? 'dm' : 'mention',
      author: { externalId: `author-${author}`, handle: `fan${author}.bsky.social`, displayName: `Fan ${author}` },
      text: `${openers[i % openers.length]} ${bodies[(i * 7) % bodies.length]} #${i}`,
      createdAt: new Date(t0 + i * 1000).toISOString(),
      ...(repliesTo ? { inReplyTo: repliesTo } : {}),
    };
  });
}

async function emptyTables(database: Database) {
  await database.query(`truncate ${written.join(', ')}, channel_cursors, conversation_events cascade`);
  await database.query('checkpoint').catch(() => {});
}

async function tandemPath(ctx: IngestCtx, database: Database, channelId: string, items: number): Promise<void> {
  for (let run = await ingestChannel(ctx, channelId); ; run = await ingestChannel(ctx, channelId)) {
    if (run.outcome === 'done') break;
    if (run.outcome !== 'more') throw new Error(`ingestion stopped: ${run.outcome} ${run.reason ?? ''}`);
  }
  const [row] = await database.query<{ n: number }>('select count(*)::int as n from messages');
  if (row!.n !== items) throw new Error(`ingestion stored ${row!.n} messages of ${items}`);
}

/** Every row of the written tables as COPY text, to load back as the baseline. */
async function dumpRows(database: Database): Promise<Map<string, string>> {
  const dumps = new Map<string, string>();
  const client = await database.pool!.connect();
  try {
    for (const table of written) {
      const chunks: Buffer[] = [];
      const sink = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) });
      await pipeline(client.query(copyTo(`copy ${table} to stdout`)), sink);
      dumps.set(table, Buffer.concat(chunks).toString('utf8'));
    }
  } finally {
    client.release();
  }
  return dumps;
}

async function copyBack(database: Database, dumps: Map<string, string>): Promise<void> {
  const client = await database.pool!.connect();
  try {
    for (const table of written) await pipeline(Readable.from([dumps.get(table)!]), client.query(copyFrom(`copy ${table} from stdin`)));
  } finally {
    client.release();
  }
}

async function counts(database: Database): Promise<string> {
  const parts = [];
  for (const table of written) parts.push(`${table} ${(await database.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n}`);
  return parts.join(', ');
}

export async function inboxIngestBench(): Promise<Figure[]> {
  const throwaway = await createThrowawayDb();
  const tmp = tempDir('tandem-bench-ingest-');
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: throwaway.url, dataDir: tmp.dir });
    await applyMigrations(database);
    const workspaceId = newId();
    const channelId = newId();
    const inbox = scriptedInbox();
    const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: tmp.dir }), { database, migrate: false, connectors: registryOf({ [inbox.connector.manifest.id]: inbox.connector }) });
    await database.db.insert(workspaces).values({ id: workspaceId, name: 'Ingest bench' });
    await database.db.insert(channels).values({ id: channelId, workspaceId, network: inbox.connector.manifest.id, displayName: 'Bench channel', accountId: 'the-brand' });
    const items = makeItems(settings.items);
    inbox.items.push(...items);
    const ctx: IngestCtx = { db: database.db, clock: runtime.clock, actor: systemActor('bench'), keyring: runtime.keyring, connectors: runtime.connectors };
    const db = database;

    const rates = { tandem: [] as number[], copy: [] as number[] };
    let expected = '';
    let dumps = new Map<string, string>();
    // A first, unmeasured run warms what a long-lived worker has warm (JIT, the scoring worker's
    // model, the database's caches) and writes the rows the COPY runs load back.
    for (const name of ['warm-up', 'tandem', 'copy', 'copy', 'tandem'] as const) {
      if (name === 'copy' && dumps.size === 0) dumps = await dumpRows(db);
      await emptyTables(db);
      const started = performance.now();
      if (name !== 'copy') await tandemPath(ctx, db, channelId, items.length);
      else await copyBack(db, dumps);
      const seconds = (performance.now() - started) / 1000;
      const found = await counts(db);
      if (!expected) expected = found;
      else if (found !== expected) throw new Error(`${name} wrote ${found}, expected ${expected}`);
      if (name !== 'warm-up') rates[name].push(items.length / seconds);
      progress(`ingest ${name}: ${fmt(items.length / seconds)} items/s (${found})`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const tandem = mean(rates.tandem);
    const copy = mean(rates.copy);
    return [
      {
        figure: `Inbox ingestion with scoring, pages of ${INGEST_PAGE_SIZE} (PostgreSQL)`,
        value: `${fmt(tandem)} items/s`,
        baseline: `${fmt(copy)} items/s COPY of its rows`,
        ratio: tandem / copy,
        target: 0.3,
      },
    ];
  } finally {
    await database?.close();
    await throwaway.drop();
    await tmp.remove();
  }
}
