import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../core/shared/ids.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('notification routes', () => {
  let t: TestApp;
  let owner: TestClient;
  let member: TestClient;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let ownerId: string;
  let memberId: string;
  let base: string;

  const notify = async (userId: string, title: string, workspace = workspaceId) => {
    const id = newId();
    await t.database.query(`insert into notifications (id, workspace_id, user_id, kind, title, subject, dedup_key) values ($1, $2, $3, 'post_failed', $4, $5, $6)`, [id, workspace, userId, title, JSON.stringify({ postId: newId() }), `k:${id}`]);
    return id;
  };

  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId, userId: ownerId } = await t.setupOwner());
    ({ client: member } = await t.addMember(owner, workspaceId, 'sam@example.com', 'analyst'));
    memberId = (await t.database.query<{ id: string }>(`select id from users where email = 'sam@example.com'`))[0]!.id;
    otherWorkspaceId = (await owner.post('/api/v1/workspaces', { name: 'Second brand' })).body.id;
    base = `/api/v1/workspaces/${workspaceId}/notifications`;
  });
  after(() => t.close());

  it("shows each person only their own notifications in this workspace, newest first, with the unread count", async () => {
    await notify(ownerId, 'First');
    await notify(ownerId, 'Second');
    await notify(memberId, "Sam's");
    await notify(ownerId, 'In the other workspace', otherWorkspaceId);
    const mine = await owner.get(base);
    assert.deepEqual(mine.body.items.map((n: { title: string }) => n.title), ['Second', 'First']);
    assert.equal(mine.body.items[0].readAt, null);
    assert.deepEqual((await owner.get(`${base}/unread-count`)).body, { count: 2 });
    assert.deepEqual((await member.get(base)).body.items.map((n: { title: string }) => n.title), ["Sam's"]);
    assert.deepEqual((await member.get(`${base}/unread-count`)).body, { count: 1 });
    const page1 = await owner.get(`${base}?limit=1`);
    const page2 = await owner.get(`${base}?limit=1&cursor=${page1.body.nextCursor}`);
    assert.deepEqual([page1.body.items[0].title, page2.body.items[0].title, page2.body.nextCursor], ['Second', 'First', null]);
  });

  it('marks one read, only if it is mine, and all of mine at once', async () => {
    const samsId = await notify(memberId, 'Only for Sam');
    const refused = await owner.post(`${base}/${samsId}/read`);
    assert.equal(refused.status, 404);
    assert.equal((await member.get(`${base}?unread=true`)).body.items.some((n: { id: string }) => n.id === samsId), true, 'still unread');

    const read = await member.post(`${base}/${samsId}/read`);
    assert.equal(read.status, 200);
    assert.ok(read.body.readAt);
    assert.equal((await member.post(`${base}/${samsId}/read`)).body.readAt, read.body.readAt, 'a second read keeps the first time');
    assert.equal((await member.get(`${base}?unread=true`)).body.items.some((n: { id: string }) => n.id === samsId), false);

    const before = (await member.get(`${base}/unread-count`)).body.count;
    assert.ok(before > 0);
    assert.deepEqual((await owner.post(`${base}/read-all`)).body, { marked: 2 });
    assert.deepEqual((await owner.get(`${base}/unread-count`)).body, { count: 0 });
    assert.equal((await member.get(`${base}/unread-count`)).body.count, before, "the owner's read-all left Sam's alone");
    assert.deepEqual((await owner.get(`/api/v1/workspaces/${otherWorkspaceId}/notifications/unread-count`)).body, { count: 1 }, 'and the other workspace');
  });

  it('has nothing for an API token, which is nobody', async () => {
    const token = await owner.post(`/api/v1/workspaces/${workspaceId}/tokens`, { name: 'bot', role: 'admin' });
    const bot = t.client();
    bot.bearer = token.body.secret;
    const res = await bot.get(base);
    assert.deepEqual([res.status, res.body.code], [403, 'forbidden']);
  });
});
