import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registryOf } from '../../core/channels/connector-registry.ts';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { connectors } from '../../connectors/registry.ts';
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

describe('posts: edit and delete', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let mastodonId: string;
  let blueskyId: string;
  before(async () => {
    t = await createTestApp();
    let workspaceId: string;
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    mastodonId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse', limits: shortLimits(500, 'mastodon') })).id;
    blueskyId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Sky', limits: shortLimits(300, 'bluesky') })).id;
  });
  after(() => t.close());

  const draft = async () => (await owner.post(`${base}/posts`, { text: 'First', targets: [{ channelId: mastodonId }] })).body;
  const setState = (postId: string, post: string, target: string, at: string | null = null) =>
    Promise.all([t.database.query('update posts set state = $2 where id = $1', [postId, post]), t.database.query('update post_targets set state = $2, scheduled_at = $3 where post_id = $1', [postId, target, at])]);

  it('bumps the revision on a content edit, not on a label edit, and keeps the idempotency key of a kept target', async () => {
    const post = await draft();
    const [key] = await t.database.query<{ idempotency_key: string }>('select idempotency_key from post_targets where post_id = $1', [post.id]);
    const labelled = await owner.patch(`${base}/posts/${post.id}`, { labels: ['q4'] });
    assert.deepEqual([labelled.status, labelled.body.revision, labelled.body.labels], [200, 1, ['q4']]);
    const edited = await owner.patch(`${base}/posts/${post.id}`, { text: 'Second', targets: [{ channelId: mastodonId }, { channelId: blueskyId, text: 'Short' }] });
    assert.deepEqual([edited.status, edited.body.revision, edited.body.text, edited.body.targets.length], [200, 2, 'Second', 2]);
    const keys = await t.database.query<{ channel_id: string; idempotency_key: string }>('select channel_id, idempotency_key from post_targets where post_id = $1', [post.id]);
    assert.equal(keys.find((k) => k.channel_id === mastodonId)!.idempotency_key, key!.idempotency_key);
    const dropped = await owner.patch(`${base}/posts/${post.id}`, { targets: [{ channelId: blueskyId, text: 'Short' }] });
    assert.deepEqual([dropped.body.revision, dropped.body.targets.map((x: { channelId: string }) => x.channelId)], [3, [blueskyId]]);
  });

  it('sends a scheduled post back to draft and its targets back to pending when its content changes', async () => {
    const post = await draft();
    await setState(post.id, 'scheduled', 'scheduled', '2030-01-01T10:00:00Z');
    const edited = await owner.patch(`${base}/posts/${post.id}`, { text: 'Changed' });
    assert.deepEqual([edited.status, edited.body.state, edited.body.targets[0].state, edited.body.targets[0].scheduledAt], [200, 'draft', 'pending', null]);
    await setState(post.id, 'approved', 'pending');
    assert.equal((await owner.patch(`${base}/posts/${post.id}`, { labels: ['only-a-label'] })).body.state, 'approved', 'a label is not a content edit');
    assert.equal((await owner.patch(`${base}/posts/${post.id}`, { firstComment: 'More below' })).body.state, 'draft');
  });

  it('keeps an approved post approved when it is saved again unchanged, settings in any key order', async () => {
    const created = await owner.post(`${base}/posts`, { text: 'Same as before', targets: [{ channelId: mastodonId, settings: { visibility: 'unlisted', sensitive: true } }] });
    await setState(created.body.id, 'approved', 'pending');
    // As the composer sends it back: the targets as read, keys in another order than stored.
    const resaved = await owner.patch(`${base}/posts/${created.body.id}`, { text: 'Same as before', targets: [{ channelId: mastodonId, text: null, media: null, settings: { sensitive: true, visibility: 'unlisted' } }] });
    assert.deepEqual([resaved.status, resaved.body.state, resaved.body.revision], [200, 'approved', 1]);
  });

  it('refuses to edit a post that is publishing or published, and to delete one that is publishing', async () => {
    const post = await draft();
    for (const state of ['publishing', 'published']) {
      await setState(post.id, state, state);
      const res = await owner.patch(`${base}/posts/${post.id}`, { text: 'Too late' });
      assert.deepEqual([res.status, res.body.code], [409, 'invalid_transition']);
    }
    assert.equal((await owner.get(`${base}/posts/${post.id}`)).body.text, 'First');
    // Failed on one channel after publishing on another: the published one is history.
    await setState(post.id, 'failed', 'published');
    const shared = await owner.patch(`${base}/posts/${post.id}`, { text: 'Rewritten' });
    assert.deepEqual([shared.status, shared.body.code], [409, 'invalid_transition']);
    assert.equal((await owner.patch(`${base}/posts/${post.id}`, { labels: ['retro'] })).status, 200, 'labels can still change');
    await setState(post.id, 'publishing', 'publishing');
    assert.deepEqual([(await owner.delete(`${base}/posts/${post.id}`)).status], [409]);
    await setState(post.id, 'published', 'published');
    assert.equal((await owner.delete(`${base}/posts/${post.id}`)).status, 204);
    assert.equal((await owner.get(`${base}/posts/${post.id}`)).status, 404);
    const audit = await t.database.query<{ action: string }>('select action from audit_entries where target_id = $1 order by created_at', [post.id]);
    assert.deepEqual(audit.map((a) => a.action), ['post.create', 'post.update', 'post.delete'], 'the refused edits left no trace');
  });
});

describe('posts: what a connector declares', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let plainId: string;
  let workspaceId: string;
  before(async () => {
    // A network that publishes single posts only: no thread, no reply, no media.
    const mastodon = connectors.mastodon!;
    t = await createTestApp({ connectors: registryOf({ ...connectors, plain: { ...mastodon, manifest: { ...mastodon.manifest, id: 'plain', capabilities: ['publish'] } } }) });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    plainId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'plain', displayName: 'Plain' })).id;
  });
  after(() => t.close());

  it('refuses thread parts, a first comment and media on a channel whose connector cannot take them', async () => {
    const mediaId = '00000000-0000-4000-8000-0000000000aa';
    await t.database.query(`insert into media (id, workspace_id, file_name, mime_type, bytes, sha256, storage_key) values ($1, $2, 'a.png', 'image/png', 10, 'x', 'k')`, [mediaId, workspaceId]);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ thread: [{ text: 'part 2', mediaIds: [] }] }, 'cannot_thread'],
      [{ firstComment: 'link below' }, 'cannot_first_comment'],
      [{ media: [{ mediaId }] }, 'cannot_attach_media'],
    ];
    for (const [extra, reason] of cases) {
      const res = await owner.post(`${base}/posts`, { text: 'hi', ...extra, targets: [{ channelId: plainId }] });
      assert.deepEqual([res.status, res.body.code, res.body.reason], [422, 'variant_invalid', reason]);
    }
    const draft = (await owner.post(`${base}/posts`, { text: 'hi', targets: [{ channelId: plainId }] })).body;
    assert.equal((await owner.patch(`${base}/posts/${draft.id}`, { firstComment: 'later' })).body.reason, 'cannot_first_comment');
    await t.database.query("update channels set status = 'disconnected' where id = $1", [plainId]);
    assert.equal((await owner.post(`${base}/posts`, { text: 'hi', targets: [{ channelId: plainId }] })).body.reason, 'channel_disconnected');
    assert.equal((await owner.get(`${base}/posts/${draft.id}`)).body.revision, 1, 'the refused edit changed nothing');
  });
});
