import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFeedServer, type FeedServer } from '../../connectors/rss/feed-server.fixture.ts';
import { runFeedRule, type FeedRunCtx } from '../../core/publishing/feeds/run-feed-rule.ts';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { systemActor } from '../../core/shared/context.ts';
import type { ScheduledTarget } from '../../core/publishing/workflow/workflow-ctx.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

type Entry = { guid: string; title: string; date?: string };
const rss = (entries: Entry[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>${entries
    .map((e) => `<item><guid>${e.guid}</guid><title>${e.title}</title><link>https://blog.example/${e.guid}</link><description>About ${e.title}</description>${e.date ? `<pubDate>${new Date(e.date).toUTCString()}</pubDate>` : ''}</item>`)
    .join('')}</channel></rss>`;

describe('feed rules: RSS auto-post', () => {
  let t: TestApp;
  let owner: TestClient;
  let server: FeedServer;
  let base: string;
  let workspaceId: string;
  let feedId: string;
  let fediId: string;
  let hookId: string;
  let feedUrl: string;
  let current = new Date('2026-12-01T12:00:00Z');
  const queued: ScheduledTarget[] = [];
  const publish = (entries: Entry[]) => server.serve('blog.xml', rss(entries), 'application/rss+xml');
  const runCtx = (over: Partial<FeedRunCtx> = {}): FeedRunCtx => ({ db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), connectors: t.runtime.connectors, keyring: t.runtime.keyring, queuePublish: async (targets) => void queued.push(...targets), ...over });
  const postsOf = (ruleId: string) =>
    t.database.query<{ text: string; state: string; source: string; source_ref: string; labels: string[]; scheduled_at: Date | null }>(
      "select text, state, source, source_ref, labels, scheduled_at from posts where source = 'rss' and source_ref like $1 || ':%' order by created_at, text",
      [ruleId],
    );

  before(async () => {
    server = await startFeedServer();
    t = await createTestApp({ clock: { now: () => current } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    feedUrl = publish([{ guid: 'old-1', title: 'Last week', date: '2026-11-24T09:00:00Z' }]);
    feedId = (await insertTestChannel(t.database.db, { workspaceId, network: 'rss', displayName: 'Blog', config: { feedUrl, allowHosts: [server.host] } })).id;
    fediId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse', limits: shortLimits(500, 'mastodon') })).id;
    hookId = (await insertTestChannel(t.database.db, { workspaceId, network: 'webhook', displayName: 'Hook' })).id;
    // Every day at 10:00 (UTC, the workspace's zone): the queue's slots.
    for (let weekday = 0; weekday < 7; weekday++) {
      await t.database.query('insert into queue_slots (id, workspace_id, channel_id, weekday, minute_of_day) values (gen_random_uuid(), $1, $2, $3, 600)', [workspaceId, fediId, weekday]);
    }
  });
  after(async () => {
    await t.close();
    await server.close();
  });

  it('refuses a rule that cannot work, saying why', async () => {
    const rule = { name: 'Blog', feedChannelId: feedId, targetChannelIds: [fediId], template: '{title} {url}' };
    const field = await owner.post(`${base}/feed-rules`, { ...rule, template: '{title} {link}' });
    assert.deepEqual([field.status, field.body.code], [400, 'validation_failed']);
    assert.match(field.body.detail, /Unknown field \{link\}/);
    assert.match((await owner.post(`${base}/feed-rules`, { ...rule, template: '{title' })).body.detail, /unmatched/);
    assert.match((await owner.post(`${base}/feed-rules`, { ...rule, targetChannelIds: [hookId] })).body.detail, /Hook \(webhook\) cannot publish/);
    assert.match((await owner.post(`${base}/feed-rules`, { ...rule, targetChannelIds: [feedId] })).body.detail, /cannot post to itself/);
    const gone = (await insertTestChannel(t.database.db, { workspaceId, network: 'rss', displayName: 'Gone', config: { feedUrl } })).id;
    await t.database.query("update channels set status = 'disconnected' where id = $1", [gone]);
    assert.deepEqual((await owner.post(`${base}/feed-rules`, { ...rule, feedChannelId: gone })).body.code, 'conflict', 'a disconnected feed');
    assert.equal((await owner.post(`${base}/feed-rules`, { ...rule, targetChannelIds: ['00000000-0000-4000-8000-000000000000'] })).status, 404);
    assert.deepEqual((await owner.get(`${base}/feed-rules`)).body.items, []);
  });

  it('previews the template on the latest entries, newest first, storing nothing', async () => {
    publish([
      { guid: 'old-1', title: 'Last week', date: '2026-11-24T09:00:00Z' },
      { guid: 'old-2', title: 'Yesterday &amp; more', date: '2026-11-30T09:00:00Z' },
    ]);
    const res = await owner.post(`${base}/feed-rules/preview`, { feedChannelId: feedId, template: 'New: {title} {url} {{by {author}}}' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.entries.map((e: { text: string }) => e.text), ['New: Yesterday & more https://blog.example/old-2 {by Blog}', 'New: Last week https://blog.example/old-1 {by Blog}']);
    assert.deepEqual(res.body.entries[0].fields.summary, 'About Yesterday & more');
    assert.equal((await t.database.query('select id from posts')).length, 0);
  });

  it('posts each new entry once into the queue, never the back catalogue, with the cursor kept on the rule', async () => {
    const created = await owner.post(`${base}/feed-rules`, { name: 'Blog to fedi', feedChannelId: feedId, targetChannelIds: [fediId], template: '{title} {url}', labels: ['blog'] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const ruleId = created.body.id;
    assert.deepEqual([created.body.mode, created.body.since, created.body.cursor], ['queue', current.toISOString(), undefined]);

    // First read: two old entries, one published since the rule, one with no date (old, as far as anyone can tell).
    const first = [
      { guid: 'old-1', title: 'Last week', date: '2026-11-24T09:00:00Z' },
      { guid: 'old-2', title: 'Yesterday', date: '2026-11-30T09:00:00Z' },
      { guid: 'new-1', title: 'Fresh', date: '2026-12-01T12:05:00Z' },
      { guid: 'undated-1', title: 'No date' },
    ];
    publish(first);
    current = new Date('2026-12-01T12:10:00Z');
    assert.deepEqual(await runFeedRule(runCtx(), workspaceId, ruleId), { read: 4, created: 1 });
    let posts = await postsOf(ruleId);
    assert.deepEqual(posts.map((p) => [p.text, p.state, p.source_ref, p.labels]), [['Fresh https://blog.example/new-1', 'scheduled', `${ruleId}:new-1`, ['blog']]]);
    assert.equal(posts[0]!.scheduled_at?.toISOString(), '2026-12-02T10:00:00.000Z', 'the next free 10:00 slot');
    assert.deepEqual(queued.map((q) => q.scheduledAt.toISOString()), ['2026-12-02T10:00:00.000Z']);

    // Later reads: new entries, dated or not, each posted once; nothing new, nothing posted.
    publish([...first, { guid: 'new-2', title: 'Second', date: '2026-12-01T12:20:00Z' }, { guid: 'undated-2', title: 'Also undated' }]);
    current = new Date('2026-12-01T12:30:00Z');
    assert.deepEqual((await runFeedRule(runCtx(), workspaceId, ruleId)).created, 2);
    assert.deepEqual((await runFeedRule(runCtx(), workspaceId, ruleId)).created, 0);
    posts = await postsOf(ruleId);
    assert.deepEqual(posts.map((p) => p.text).sort(), ['Also undated https://blog.example/undated-2', 'Fresh https://blog.example/new-1', 'Second https://blog.example/new-2']);
    assert.deepEqual(posts.map((p) => p.scheduled_at?.toISOString()).sort(), ['2026-12-02T10:00:00.000Z', '2026-12-03T10:00:00.000Z', '2026-12-04T10:00:00.000Z'], 'one slot each');

    // The cursor lost (a restored backup): the entries come back, and are still posted only once.
    await t.database.query('update feed_rules set cursor = null where id = $1', [ruleId]);
    await Promise.all([runFeedRule(runCtx(), workspaceId, ruleId), runFeedRule(runCtx(), workspaceId, ruleId)]);
    assert.equal((await postsOf(ruleId)).length, 3);
    const rule = (await owner.get(`${base}/feed-rules/${ruleId}`)).body;
    assert.equal(rule.lastRunAt, current.toISOString());
    const audit = await t.database.query<{ action: string }>("select action from audit_entries where target_type in ('feed_rule', 'post') and (target_id = $1 or action = 'post.create') order by created_at", [ruleId]);
    assert.deepEqual(audit.map((a) => a.action), ['feed_rule.create', 'post.create', 'post.create', 'post.create']);
  });

  it('draft mode leaves posts for a person; a disabled rule posts nothing; rules can be changed and deleted', async () => {
    const ruleId = (await owner.post(`${base}/feed-rules`, { name: 'Drafts', feedChannelId: feedId, targetChannelIds: [fediId], template: '{title}', mode: 'draft' })).body.id;
    publish([{ guid: 'draft-1', title: 'For review', date: new Date(current.getTime() + 60_000).toISOString() }]);
    current = new Date(current.getTime() + 120_000);
    await runFeedRule(runCtx(), workspaceId, ruleId);
    assert.deepEqual((await postsOf(ruleId)).map((p) => [p.text, p.state]), [['For review', 'draft']]);

    const patched = await owner.patch(`${base}/feed-rules/${ruleId}`, { enabled: false, template: '{title}!' });
    assert.deepEqual([patched.status, patched.body.enabled, patched.body.template], [200, false, '{title}!']);
    publish([{ guid: 'draft-2', title: 'Ignored', date: new Date(current.getTime() + 60_000).toISOString() }]);
    current = new Date(current.getTime() + 120_000);
    assert.deepEqual(await runFeedRule(runCtx(), workspaceId, ruleId), { read: 0, created: 0 });
    assert.equal((await owner.delete(`${base}/feed-rules/${ruleId}`)).status, 204);
    assert.equal((await owner.get(`${base}/feed-rules/${ruleId}`)).status, 404);
    assert.equal((await postsOf(ruleId)).length, 1, 'posts a deleted rule made stay');
  });
});
