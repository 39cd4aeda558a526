// Live collision through the API: heartbeats, who else is here with their name and state, leaving,
// expiry after the TTL, and the same answers from a second API process on the same database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PRESENCE_TTL_MS } from '../../core/inbox/presence/presence.ts';
import { insertTestConversation } from '../../core/inbox/replies/testing/conversation-fixture.ts';
import { movableClock } from '../../core/inbox/replies/testing/reply-harness.ts';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createApp } from '../app.ts';

describe('presence API', () => {
  const clock = movableClock();
  let t: TestApp;
  let owner: TestClient;
  let cm: TestClient;
  let analyst: TestClient;
  let path: string;
  let cmId: string;
  before(async () => {
    t = await createTestApp({ clock });
    const setup = await t.setupOwner();
    owner = setup.owner;
    cm = (await t.addMember(owner, setup.workspaceId, 'casey@example.com', 'community_manager')).client;
    analyst = (await t.addMember(owner, setup.workspaceId, 'ana@example.com', 'analyst')).client;
    const channel = await insertTestChannel(t.database.db, { workspaceId: setup.workspaceId, network: 'mastodon' });
    const c = await insertTestConversation(t.database, { workspaceId: setup.workspaceId, channelId: channel.id });
    path = `/api/v1/workspaces/${setup.workspaceId}/inbox/conversations/${c.conversationId}/presence`;
    cmId = (await cm.get('/api/v1/auth/session')).body.user.id;
  });
  after(() => t.close());

  it('shows the other teammates with their name and state, never yourself', async () => {
    assert.equal((await owner.put(path, { state: 'viewing' })).status, 200);
    const beat = await cm.put(path, { state: 'replying' });
    assert.deepEqual(beat.body.others.map((o: { name: string; state: string }) => [o.name, o.state]), [['Olivia Owner', 'viewing']]);
    const seen = await owner.get(path);
    assert.deepEqual(seen.body.others.map((o: { userId: string; name: string; state: string }) => [o.userId, o.name, o.state]), [[cmId, 'casey', 'replying']]);
  });

  it('works across API processes: a second app on the same database sees the same teammates', async () => {
    const second = new TestClient(createApp(t.runtime));
    second.cookie = owner.cookie;
    const seen = await second.get(path);
    assert.deepEqual(seen.body.others.map((o: { name: string }) => o.name), ['casey']);
  });

  it('a teammate not heard from for the TTL has gone; DELETE leaves at once', async () => {
    clock.advance(PRESENCE_TTL_MS - 1_000);
    await owner.put(path, { state: 'viewing' });
    assert.equal((await owner.get(path)).body.others.length, 1, 'casey still within the TTL');
    clock.advance(2_000);
    assert.deepEqual((await owner.get(path)).body.others, [], 'casey missed their heartbeats');
    assert.equal((await cm.get(path)).body.others.length, 1, 'the owner beat recently');
    assert.equal((await owner.delete(path)).status, 204);
    assert.deepEqual((await cm.get(path)).body.others, []);
  });

  it('an analyst may show as viewing but not as replying', async () => {
    assert.equal((await analyst.put(path, { state: 'viewing' })).status, 200);
    const refused = await analyst.put(path, { state: 'replying' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'forbidden');
  });

  it('an unknown conversation is not found', async () => {
    assert.equal((await owner.put(path.replace(/conversations\/[^/]+/, 'conversations/00000000-0000-4000-8000-000000000000'), { state: 'viewing' })).status, 404);
  });
});
