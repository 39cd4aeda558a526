import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

type Checked = { channelId: string; report: { ok: boolean; text: { used: number; limit: number; remaining: number }; dailyCap: { left: number } | null; problems: { code: string }[] }; preview: { segments: { kind: string; countsAs?: number }[] }; thread: { ok: boolean }[] };

describe('posts: per-channel validation, previews, comments, templates, labels, calendar', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let xId: string;
  let skyId: string;
  const insertMedia = async (mimeType: string, bytes: number) => {
    const id = randomUUID();
    await t.database.query(`insert into media (id, workspace_id, file_name, mime_type, bytes, sha256, storage_key) values ($1, $2, 'f', $3, $4, 'x', 'k')`, [id, workspaceId, mimeType, bytes]);
    return id;
  };
  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    // Two channels whose limits differ: 40 weighted characters (links weigh 23), and 30 graphemes with a cap of 1 a day.
    xId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Weighted', limits: shortLimits(40, 'x-weighted') })).id;
    skyId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Sky', limits: shortLimits(30, 'bluesky', 1) })).id;
  });
  after(() => t.close());

  it('checks each channel against its own limits and counting rule, with the variant where there is one', async () => {
    const text = 'Our launch is today, read https://example.com/a/very/long/path';
    const res = await owner.post(`${base}/posts/validate`, { text, targets: [{ channelId: xId }, { channelId: skyId }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const [x, sky] = res.body.targets as Checked[];
    // 26 characters, and the link weighs 23 whatever its length: 49 of 40.
    assert.deepEqual([x!.report.ok, x!.report.text.used, x!.report.text.limit], [false, 49, 40]);
    assert.equal(x!.preview.segments.find((s) => s.kind === 'link')!.countsAs, 23);
    assert.deepEqual([sky!.report.ok, sky!.report.problems.map((p) => p.code)], [false, ['text_too_long']]);
    const fixed = await owner.post(`${base}/posts/validate`, { text: 'Launch!', targets: [{ channelId: xId }, { channelId: skyId, text: 'Launch today' }] });
    assert.deepEqual(fixed.body.targets.map((c: Checked) => [c.report.ok, c.report.text.used]), [[true, 7], [true, 12]]);
  });

  it('counts the daily cap from targets already scheduled on that channel that day, and checks media and thread parts', async () => {
    const post = (await owner.post(`${base}/posts`, { text: 'Earlier', targets: [{ channelId: skyId }] })).body;
    await t.database.query("update post_targets set state = 'scheduled', scheduled_at = '2030-03-01T08:00:00Z' where post_id = $1", [post.id]);
    const sameDay = await owner.post(`${base}/posts/validate`, { text: 'Later', scheduledAt: '2030-03-01T20:00:00Z', targets: [{ channelId: skyId }] });
    assert.deepEqual([sameDay.body.targets[0].report.dailyCap.left, sameDay.body.targets[0].report.problems.map((p: { code: string }) => p.code)], [0, ['daily_cap_reached']]);
    const itself = await owner.post(`${base}/posts/validate`, { text: 'Edit', scheduledAt: '2030-03-01T20:00:00Z', postId: post.id, targets: [{ channelId: skyId }] });
    assert.equal(itself.body.targets[0].report.ok, true, "the post's own target does not count against it");
    const gif = await insertMedia('image/gif', 10);
    const png = await insertMedia('image/png', 5_000_000);
    const media = await owner.post(`${base}/posts/validate`, { text: 'Pics', media: [{ mediaId: gif }, { mediaId: png, altText: 'A chart' }], thread: [{ text: 'x'.repeat(41), mediaIds: [] }], targets: [{ channelId: xId }] });
    const codes = media.body.targets[0].report.problems.map((p: { code: string }) => p.code);
    assert.deepEqual(codes, ['media_type_not_allowed', 'media_too_large']);
    assert.equal(media.body.targets[0].thread[0].ok, false, 'the thread part is over 40');
  });

  it('requires alt text when the workspace says so', async () => {
    const png = await insertMedia('image/png', 100);
    await t.database.query('update workspaces set require_alt_text = true where id = $1', [workspaceId]);
    const res = await owner.post(`${base}/posts/validate`, { text: 'Pic', media: [{ mediaId: png }], targets: [{ channelId: xId }] });
    await t.database.query('update workspaces set require_alt_text = false where id = $1', [workspaceId]);
    assert.deepEqual(res.body.targets[0].report.problems.map((p: { code: string }) => p.code), ['alt_text_missing']);
  });

  it('lists posts for a calendar window with filters, drafts without a time on request, page by page', async () => {
    const make = async (text: string, labels: string[], channelId: string, at: string | null) => {
      const p = (await owner.post(`${base}/posts`, { text, labels, targets: [{ channelId }] })).body;
      if (at) await t.database.query("update posts set state = 'scheduled', scheduled_at = $2 where id = $1", [p.id, at]);
      return p.id as string;
    };
    const a = await make('A', ['promo'], xId, '2031-05-02T10:00:00Z');
    const b = await make('B', ['news'], skyId, '2031-05-01T10:00:00Z');
    const c = await make('C', ['promo'], skyId, '2031-06-01T10:00:00Z');
    const d = await make('D', ['promo'], xId, null);
    const range = 'from=2031-05-01T00:00:00Z&to=2031-06-01T00:00:00Z';
    const ids = async (q: string) => (await owner.get(`${base}/posts?${q}`)).body.items.map((p: { id: string }) => p.id);
    assert.deepEqual(await ids(range), [b, a]);
    assert.deepEqual(await ids(`${range}&label=promo`), [a]);
    assert.deepEqual(await ids(`${range}&channelId=${skyId}`), [b]);
    assert.deepEqual(await ids(`${range}&state=draft`), []);
    // A draft without a time sorts by when it was created (today, before 2031).
    assert.deepEqual(await ids(`${range}&unscheduled=true&label=promo`), [d, a]);
    const first = await owner.get(`${base}/posts?from=2031-05-01T00:00:00Z&limit=2`);
    const second = await owner.get(`${base}/posts?from=2031-05-01T00:00:00Z&limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual([...first.body.items, ...second.body.items].map((p: { id: string }) => p.id), [b, a, c]);
    assert.equal(second.body.nextCursor, null);
    assert.equal((await owner.get(`${base}/posts?state=nonsense`)).status, 400);
    const labels = (await owner.get(`${base}/labels`)).body;
    assert.deepEqual(labels.filter((l: { label: string }) => ['news', 'promo'].includes(l.label)), [{ label: 'news', posts: 1 }, { label: 'promo', posts: 3 }]);
  });

  it('lets an approver read and comment but not write', async () => {
    const post = (await owner.post(`${base}/posts`, { text: 'Review me', targets: [{ channelId: xId }] })).body;
    const { client: approver } = await t.addMember(owner, workspaceId, 'client@example.com', 'approver');
    assert.equal((await approver.get(`${base}/posts/${post.id}`)).status, 200);
    const comment = await approver.post(`${base}/posts/${post.id}/comments`, { body: 'Please shorten the second sentence' });
    assert.deepEqual([comment.status, comment.body.authorName], [201, 'client']);
    await owner.post(`${base}/posts/${post.id}/comments`, { body: 'Done' });
    assert.deepEqual((await owner.get(`${base}/posts/${post.id}/comments`)).body.map((c: { body: string }) => c.body), ['Please shorten the second sentence', 'Done']);
    for (const res of [await approver.patch(`${base}/posts/${post.id}`, { text: 'Mine now' }), await approver.post(`${base}/posts`, { text: 'x', targets: [{ channelId: xId }] }), await approver.delete(`${base}/posts/${post.id}`)]) {
      assert.deepEqual([res.status, res.body.code], [403, 'forbidden']);
    }
    assert.equal((await owner.get(`${base}/posts/${post.id}`)).body.text, 'Review me');
  });

  it('saves templates by unique name and deletes them, audited', async () => {
    const saved = await owner.post(`${base}/templates`, { name: 'Weekly digest', text: 'This week:', labels: ['digest'], channelIds: [xId] });
    assert.deepEqual([saved.status, saved.body.channelIds], [201, [xId]]);
    assert.equal((await owner.post(`${base}/templates`, { name: 'weekly DIGEST' })).status, 409);
    assert.equal((await owner.post(`${base}/templates`, { name: 'Elsewhere', channelIds: [randomUUID()] })).status, 404);
    assert.deepEqual((await owner.get(`${base}/templates`)).body.map((x: { name: string }) => x.name), ['Weekly digest']);
    assert.equal((await owner.delete(`${base}/templates/${saved.body.id}`)).status, 204);
    assert.equal((await owner.delete(`${base}/templates/${saved.body.id}`)).status, 404);
    const audit = await t.database.query<{ action: string }>('select action from audit_entries where target_id = $1 order by created_at', [saved.body.id]);
    assert.deepEqual(audit.map((a) => a.action), ['template.create', 'template.delete']);
  });

  it("keeps another workspace's posts out of reach, even through a body naming its channel", async () => {
    const post = (await owner.post(`${base}/posts`, { text: 'Ours', targets: [{ channelId: xId }] })).body;
    const other = t.client();
    await other.post('/api/v1/auth/login', { email: 'client@example.com', password: 'correct horse battery staple' });
    const theirs = (await other.post('/api/v1/workspaces', { name: 'Other' })).body.id;
    const obase = `/api/v1/workspaces/${theirs}`;
    assert.equal((await other.get(`${obase}/posts/${post.id}`)).status, 404);
    assert.equal((await other.patch(`${obase}/posts/${post.id}`, { text: 'x' })).status, 404);
    assert.equal((await other.post(`${obase}/posts/${post.id}/comments`, { body: 'x' })).status, 404);
    const stolen = await other.post(`${obase}/posts`, { text: 'x', targets: [{ channelId: xId }] });
    assert.deepEqual([stolen.status, stolen.body.code], [404, 'not_found']);
    assert.deepEqual((await other.get(`${obase}/posts`)).body.items, []);
  });
});
