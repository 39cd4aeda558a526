// The two bulk jobs as workers run them: posts.import drains stored imports and hands scheduled
// targets to the publishing engine's job; feeds.run-rules reads due rules, and a feed that cannot
// be read is logged and left until the next interval.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { startFeedServer, type FeedServer } from '../connectors/rss/feed-server.fixture.ts';
import { insertComposeChannel, shortLimits } from '../core/publishing/posts/testing/compose-fixtures.ts';
import { systemActor } from '../core/shared/context.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { insertTestChannel } from '../testing/test-channel.ts';
import type { JobCtx } from './define-job.ts';
import { importPosts } from './import-posts.ts';
import { publishTargetJob } from './publish-target.ts';
import { FEED_INTERVAL_MINUTES, runFeedRules } from './run-feed-rules.ts';

describe('bulk jobs', () => {
  let t: TestApp;
  let owner: TestClient;
  let server: FeedServer;
  let base: string;
  let workspaceId: string;
  let fediId: string;
  let current = new Date('2026-12-01T12:00:00Z');
  const sent: Array<{ job: string; payload: unknown; startAfter: unknown }> = [];
  const lines: string[] = [];
  const jobCtx = (): JobCtx => ({
    db: t.database.db,
    clock: t.runtime.clock,
    actor: systemActor(),
    config: t.runtime.config,
    keyring: t.runtime.keyring,
    connectors: t.runtime.connectors,
    logger: pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })),
    jobId: 'job-1',
    retryCount: 0,
    signal: new AbortController().signal,
    send: async (def, payload, options) => (sent.push({ job: def.name, payload, startAfter: options?.startAfter }), 'sent'),
  });

  before(async () => {
    server = await startFeedServer();
    t = await createTestApp({ clock: { now: () => current } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    fediId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse', limits: shortLimits(500, 'mastodon') })).id;
  });
  after(async () => {
    await t.close();
    await server.close();
  });

  it('posts.import creates the rows of stored imports and queues the publish jobs of scheduled ones', async () => {
    const id = (await owner.post(`${base}/post-imports`, { content: 'text,channels,time\nA,Fediverse,2026-12-02T09:00:00Z\nB,Fediverse,\n' })).body.id;
    await importPosts.handler(jobCtx(), {});
    const state = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([state.state, state.createdPosts], ['done', 2]);
    assert.deepEqual(sent.map((s) => [s.job, (s.startAfter as Date).toISOString()]), [[publishTargetJob.name, '2026-12-02T09:00:00.000Z']]);
    await importPosts.handler(jobCtx(), {});
    assert.equal((await t.database.query("select id from posts where source = 'csv'")).length, 2, 'a finished import is not run again');
  });

  it('feeds.run-rules posts new entries of due rules and waits an interval after a feed fails', async () => {
    const feedUrl = server.serve('jobs.xml', '<rss version="2.0"><channel><title>B</title></channel></rss>', 'application/rss+xml');
    const feedId = (await insertTestChannel(t.database.db, { workspaceId, network: 'rss', displayName: 'Blog', config: { feedUrl, allowHosts: [server.host] } })).id;
    const ruleId = (await owner.post(`${base}/feed-rules`, { name: 'Blog', feedChannelId: feedId, targetChannelIds: [fediId], template: '{title}', mode: 'draft' })).body.id;
    server.serve('jobs.xml', `<rss version="2.0"><channel><title>B</title><item><guid>n1</guid><title>News</title><pubDate>${new Date(current.getTime() + 60_000).toUTCString()}</pubDate></item></channel></rss>`, 'application/rss+xml');
    current = new Date(current.getTime() + 5 * 60_000);
    await runFeedRules.handler(jobCtx(), {});
    assert.deepEqual((await t.database.query<{ text: string }>("select text from posts where source = 'rss'")).map((p) => p.text), ['News']);

    // The feed goes away: logged, read again only once the interval has passed.
    await t.database.query("update channels set config = jsonb_set(config, '{feedUrl}', to_jsonb($1::text)) where id = $2", [`${server.baseUrl}/files/gone.xml`, feedId]);
    current = new Date(current.getTime() + FEED_INTERVAL_MINUTES * 60_000 + 1_000);
    await runFeedRules.handler(jobCtx(), {});
    assert.match(lines.join(''), /feed rule could not read its feed/);
    const readAt = (await owner.get(`${base}/feed-rules/${ruleId}`)).body.lastRunAt;
    assert.equal(readAt, current.toISOString());
    const requests = server.requests.length;
    current = new Date(current.getTime() + 60_000);
    await runFeedRules.handler(jobCtx(), {});
    assert.equal(server.requests.length, requests, 'not read again before the interval');
  });
});
