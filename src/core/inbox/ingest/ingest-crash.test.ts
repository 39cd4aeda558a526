// Crash safety: a process reading a channel's inbox from a loopback Mastodon (320 items: threads
// of a mention and two replies, and DMs) is killed with SIGKILL at random moments, several times,
// then a last run reads to the end. Whatever the moment, the channel ends with exactly one message
// and one activity per item served, one conversation per thread and DM partner, one person per
// author, and counters that add up (a page counted twice would show). On PostgreSQL the test
// reads the database beside each run; on PGlite each process takes over the directory the killed
// one left, as a restarted `tandem start` would.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { startFakeMastodon, type FakeMastodon } from '../../../connectors/mastodon/fixture/fake-mastodon.ts';
import { TOKEN } from '../../../connectors/mastodon/fixture/harness.ts';
import { loadKeyring } from '../../../crypto/load-keyring.ts';
import { openDatabase, type Database } from '../../../db/client.ts';
import { workspaces } from '../../../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { newId } from '../../shared/ids.ts';

const workerScript = fileURLToPath(new URL('./testing/ingest-worker.ts', import.meta.url));
const THREADS = 100;
const DM_AUTHORS = 10;
const KILLS = 4;

type Child = { kill(): void; exited: Promise<number | string | null>; pages(): number };

async function startChild(env: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, [workerScript], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<number | string | null>((resolve) => proc.once('exit', (code, signal) => resolve(signal ?? code)));
  let pages = 0;
  const killer = setTimeout(() => proc.kill('SIGKILL'), 120_000);
  void exited.then(() => clearTimeout(killer));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      if (line.includes('"ready"')) resolve();
      if (line.includes('"page"')) pages++;
    });
    void exited.then((how) => reject(new Error(`ingest worker exited (${how}) before it was ready: ${stderr}`)));
  });
  void exited.then((how) => how !== 0 && how !== 'SIGKILL' && console.log(`# ingest worker ended with ${how}: ${stderr}`));
  return { kill: () => proc.kill('SIGKILL'), exited, pages: () => pages };
}

/** What the instance serves: returns the authors' ids and the number of items. */
function seed(network: FakeMastodon): { authors: Set<string>; items: number } {
  const authors = new Set<string>();
  let items = 0;
  let previousRootAuthor: string | undefined;
  for (let k = 0; k < THREADS; k++) {
    const { status: root, author } = network.receiveStatus({ text: `question ${k}: is the shop open on Sunday?` });
    // Every other first reply comes from the previous thread's author: identities are reused across pages.
    const first = network.receiveStatus({ text: `me too (${k})`, inReplyTo: root.id, ...(k % 2 && previousRootAuthor ? { authorId: previousRootAuthor } : {}) });
    const second = network.receiveStatus({ text: `thanks for asking (${k})`, inReplyTo: first.status.id });
    for (const a of [author, first.author, second.author]) authors.add(a.id);
    previousRootAuthor = author.id;
    items += 3;
  }
  for (let d = 0; d < DM_AUTHORS; d++) {
    const { author } = network.receiveStatus({ text: `private question ${d}`, visibility: 'direct' });
    network.receiveStatus({ text: `any news? ${d}`, visibility: 'direct', authorId: author.id });
    authors.add(author.id);
    items += 2;
  }
  return { authors, items };
}

describe('inbox ingestion killed at random moments', () => {
  let network: FakeMastodon | undefined;
  let test: TestDatabase | undefined;
  let reopened: Database | undefined;
  after(async () => {
    await network?.close();
    if (test?.databaseUrl) await test.close();
    else if (test) {
      await reopened?.close();
      fs.rmSync(test.dataDir, { recursive: true, force: true });
    }
  });

  it('loses nothing and stores nothing twice', { timeout: 300_000 }, async () => {
    // Slow answers, so that every kill lands while calls and transactions are in flight.
    network = await startFakeMastodon(TOKEN, { delayMs: 25 });
    const served = seed(network);
    test = await createTestDatabase();
    const workspaceId = newId();
    await test.db.insert(workspaces).values({ id: workspaceId, name: 'Crash test' });
    const channel = await insertTestChannel(test.db, {
      workspaceId,
      network: 'mastodon',
      accountId: network.state.me.id,
      config: { instanceUrl: network.baseUrl, allowHosts: [network.host] },
      credentials: { kind: 'oauth2-pkce', accessToken: TOKEN },
      keyring: loadKeyring({ dataDir: test.dataDir }),
    });
    const onPostgres = Boolean(test.databaseUrl);
    if (!onPostgres) await test.detach();
    const env = { CHANNEL_ID: channel.id, PAGE_SIZE: '7', ...(onPostgres ? { TEST_DATABASE_URL: test.databaseUrl!, KEY_DIR: test.dataDir } : { TEST_DATA_DIR: test.dataDir }) };

    // PostgreSQL: this process reads beside the worker. PGlite: only once the worker is gone.
    const withDb = async <T>(read: (db: Database) => Promise<T>): Promise<T> => {
      if (onPostgres) return read(test!);
      const db = await openDatabase({ dataDir: test!.dataDir });
      try {
        return await read(db);
      } finally {
        await db.close();
      }
    };
    const count = (db: Database, table: string) => db.query<{ n: number }>(`select count(*)::int as n from ${table} where workspace_id = $1`, [workspaceId]).then((r) => r[0]!.n);

    const progress: number[] = [];
    const delays: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const child = await startChild(env);
      // A random moment: after 1 to 4 pages, then up to a page's time more (fetching, scoring or
      // inside the page's transaction).
      const pages = 1 + Math.floor(Math.random() * 4);
      const started = Date.now();
      while (child.pages() < pages && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
      const delay = Math.round(Math.random() * 250);
      delays.push(delay);
      await new Promise((r) => setTimeout(r, delay));
      child.kill();
      const how = await child.exited;
      progress.push(await withDb((db) => count(db, 'messages')));
      if (how === 0) break; // it read everything before the kill: the rest is the clean run's check
      assert.equal(how, 'SIGKILL');
    }
    console.log(`# killed ${delays.join(', ')} ms after a page; messages stored after each kill: ${progress.join(', ')} of ${served.items}`);
    assert.ok(progress.some((n) => n > 0 && n < served.items), 'at least one kill landed in the middle of the run');
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i]! >= progress[i - 1]!, 'nothing committed is ever lost');

    const last = await startChild(env);
    assert.equal(await last.exited, 0, 'a clean run reads to the end');

    if (!onPostgres) reopened = await openDatabase({ dataDir: test.dataDir });
    const db = reopened ?? test;
    assert.equal(await count(db, 'messages'), served.items, 'one message per item served');
    assert.equal(await count(db, 'activities'), served.items, 'one activity per item served');
    assert.equal(await count(db, 'conversations'), THREADS + DM_AUTHORS, 'one conversation per thread and DM partner');
    assert.equal(await count(db, 'people'), served.authors.size, 'one person per author');
    assert.equal(await count(db, 'identities'), served.authors.size);
    const [sums] = await db.query<{ unread: number; threads: number }>(
      `select sum(unread_count)::int as unread, count(*) filter (where thread_key like 'item:%')::int as threads from conversations where workspace_id = $1`,
      [workspaceId],
    );
    assert.deepEqual(sums, { unread: served.items, threads: THREADS }, 'every message counted once in its conversation');
    const perThread = await db.query<{ n: number }>(`select count(*)::int as n from messages m join conversations c on c.id = m.conversation_id where c.thread_key like 'item:%' group by c.id`);
    assert.ok(perThread.every((r) => r.n === 3), 'each mention with its two replies');
    const [orphans] = await db.query<{ n: number }>(`select count(*)::int as n from people p where not exists (select 1 from identities i where i.person_id = p.id)`);
    assert.equal(orphans!.n, 0);
    const [cursor] = await db.query<{ cursor: string }>(`select cursor from channel_cursors where channel_id = $1 and stream = 'inbox'`, [channel.id]);
    assert.equal(cursor!.cursor, network.state.notifications.at(-1)!.id, 'the cursor is at the newest notification');
  });
});
