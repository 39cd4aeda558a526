import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('posts: compose, read', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let mastodonId: string;
  let blueskyId: string;
  let webhookId: string;
  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    const db = t.database.db;
    mastodonId = (await insertComposeChannel(db, { workspaceId, network: 'mastodon', displayName: 'Fediverse', limits: shortLimits(500, 'mastodon') })).id;
    blueskyId = (await insertComposeChannel(db, { workspaceId, network: 'bluesky', displayName: 'Sky', limits: shortLimits(30, 'bluesky', 2) })).id;
    webhookId = (await insertComposeChannel(db, { workspaceId, network: 'webhook', displayName: 'Hook' })).id;
  });
  after(() => t.close());

  it('creates a draft with one target per channel, a variant for one, and reads it back', async () => {
    const res = await owner.post(`${base}/posts`, {
      text: 'Launch day! https://example.com/launch',
      labels: ['launch', ' Launch ', 'news'],
      targets: [{ channelId: mastodonId, settings: { visibility: 'unlisted' } }, { channelId: blueskyId, text: 'Launch day!' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.state, 'draft');
    assert.equal(res.body.revision, 1);
    assert.deepEqual(res.body.labels, ['launch', 'news']);
    const [m, b] = res.body.targets;
    assert.deepEqual([m.network, m.channelName, m.text, m.state, m.settings.visibility], ['mastodon', 'Fediverse', null, 'pending', 'unlisted']);
    assert.deepEqual([b.network, b.text], ['bluesky', 'Launch day!']);
    const keys = await t.database.query<{ idempotency_key: string }>('select idempotency_key from post_targets where post_id = $1', [res.body.id]);
    assert.equal(new Set(keys.map((k) => k.idempotency_key)).size, 2);
    assert.ok(keys.every((k) => k.idempotency_key.length >= 40), 'keys are long random strings');
    const read = await owner.get(`${base}/posts/${res.body.id}`);
    assert.deepEqual(read.body, res.body);
    const audit = await t.database.query<{ action: string }>("select action from audit_entries where target_id = $1", [res.body.id]);
    assert.deepEqual(audit.map((a) => a.action), ['post.create']);
  });

  it('refuses a channel whose connector cannot publish, or settings it does not know, and writes nothing', async () => {
    const before = await t.database.query('select id from posts');
    const hook = await owner.post(`${base}/posts`, { text: 'hi', targets: [{ channelId: mastodonId }, { channelId: webhookId }] });
    assert.deepEqual([hook.status, hook.body.code, hook.body.reason, hook.body.channelId], [422, 'variant_invalid', 'cannot_publish', webhookId]);
    const settings = await owner.post(`${base}/posts`, { text: 'hi', targets: [{ channelId: mastodonId, settings: { visibility: 'everyone' } }] });
    assert.deepEqual([settings.status, settings.body.reason], [422, 'settings_invalid']);
    const stranger = await owner.post(`${base}/posts`, { text: 'hi', targets: [{ channelId: '00000000-0000-4000-8000-000000000000' }] });
    assert.deepEqual([stranger.status, stranger.body.code], [404, 'not_found']);
    const media = await owner.post(`${base}/posts`, { text: 'hi', media: [{ mediaId: '00000000-0000-4000-8000-000000000001' }], targets: [{ channelId: mastodonId }] });
    assert.deepEqual([media.status, media.body.code], [400, 'media_invalid']);
    const none = await owner.post(`${base}/posts`, { text: 'hi', targets: [] });
    assert.deepEqual([none.status, none.body.code], [400, 'validation_failed']);
    assert.equal((await t.database.query('select id from posts')).length, before.length);
    assert.equal((await owner.get(`${base}/posts/00000000-0000-4000-8000-000000000000`)).status, 404);
  });
});
