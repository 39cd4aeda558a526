// The triage API end to end: views, counts and a conversation over HTTP, and every change a
// teammate makes (status, priority, tags, assignee, snooze, read, merge) with its event, audit entry
// and stable error codes; who may read and who may change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertTestConversation, insertTestMessage, insertTestPerson } from '../../core/inbox/conversations/testing/conversation-fixture.ts';
import { newId } from '../../core/shared/ids.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('inbox triage API', () => {
  let t: TestApp;
  let owner: TestClient;
  let carl: TestClient;
  let analyst: TestClient;
  let approver: TestClient;
  let base: string;
  let workspaceId: string;
  let ownerId: string;
  let carlId: string;
  let analystId: string;
  let channelId: string;
  const conv = async (fields: Record<string, unknown> = {}) => (await insertTestConversation(t.database.db, { workspaceId, channelId, ...fields })).id;
  const url = (id: string, rest = '') => `${base}/inbox/conversations/${id}${rest}`;

  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId, userId: ownerId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    ({ client: carl } = await t.addMember(owner, workspaceId, 'carl@example.com', 'community_manager'));
    ({ client: analyst } = await t.addMember(owner, workspaceId, 'ana@example.com', 'analyst'));
    ({ client: approver } = await t.addMember(owner, workspaceId, 'client@example.com', 'approver'));
    const members = (await owner.get(`${base}/members`)).body.members as { email: string; userId: string }[];
    carlId = members.find((m) => m.email === 'carl@example.com')!.userId;
    analystId = members.find((m) => m.email === 'ana@example.com')!.userId;
    channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse' })).id;
  });
  after(() => t.close());

  it('lists a view with its items, counts the navigation and shows a conversation with its thread', async () => {
    const personId = await insertTestPerson(t.database.db, workspaceId, 'Ann', { network: 'mastodon', handle: 'ann@social.example' });
    const id = await conv({ personId, subject: 'Order late', unreadCount: 1, assigneeId: carlId, at: new Date('2026-05-01T10:00:00Z') });
    const reply = await insertTestMessage(t.database.db, { workspaceId, conversationId: id, channelId, kind: 'reply', userId: carlId, text: 'On it!', externalId: 'reply-1', inReplyTo: `ext-${id}`, sendState: 'sent', occurredAt: new Date('2026-05-01T10:05:00Z') });
    const list = await carl.get(`${base}/inbox/conversations?status=open&assignee=me&unread=true`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.deepEqual(list.body.items.map((i: { id: string }) => i.id), [id]);
    const item = list.body.items[0];
    assert.deepEqual([item.person.handle, item.channel.network, item.lastMessage.text, item.lastMessage.kind, item.unreadCount, item.assigneeId, item.sla.state], ['ann@social.example', 'mastodon', 'On it!', 'reply', 1, carlId, 'none']);
    const counts = await carl.get(`${base}/inbox/counts`);
    assert.deepEqual([counts.status, counts.body.mine, counts.body.byStatus.open >= 1, counts.body.cap], [200, 1, true, 1000]);
    const detail = await analyst.get(url(id));
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.deepEqual(detail.body.messages.map((m: { kind: string; author: { type: string; name: string } }) => [m.kind, m.author.type, m.author.name]), [['in', 'person', 'Ann'], ['reply', 'user', 'carl']]);
    assert.equal(detail.body.messages[1].parentId, detail.body.messages[0].id, 'the reply nests under the message it answers');
    assert.equal(detail.body.messages[1].id, reply.id);
    assert.ok(detail.body.channel.capabilities.includes('reply'));
    assert.ok(detail.body.channel.limits.text.maxLength > 0, 'the network defaults until the account limits are read');
    assert.equal((await owner.get(url('00000000-0000-4000-8000-000000000000'))).status, 404);
    const bad = await owner.get(`${base}/inbox/conversations?assignee=someone`);
    assert.deepEqual([bad.status, bad.body.code], [400, 'validation_failed']);
    const unknown = await owner.get(`${base}/inbox/conversations?status=escalated`);
    assert.deepEqual([unknown.status, unknown.body.code], [422, 'unknown_status']);
  });

  it('resolves and reopens, changes priority and tags, each with its event and audit entry', async () => {
    const id = await conv({ tags: ['vip'] });
    const resolved = await owner.patch(url(id), { status: 'resolved', priority: 'urgent', tagsAdd: ['Billing', 'billing', ' refund '], tagsRemove: ['VIP'] });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.deepEqual([resolved.body.status, resolved.body.priority, resolved.body.tags, typeof resolved.body.resolvedAt], ['resolved', 'urgent', ['Billing', 'refund'], 'string']);
    const reopened = await owner.patch(url(id), { status: 'open' });
    assert.deepEqual([reopened.body.status, reopened.body.resolvedAt], ['open', null]);
    const events = (await owner.get(url(id))).body.events.map((e: { type: string; data: Record<string, unknown> }) => [e.type, e.data.to ?? e.data.added ?? null]);
    assert.deepEqual(events, [['status_changed', 'resolved'], ['priority_changed', 'urgent'], ['tags_changed', ['Billing', 'refund']], ['status_changed', 'open']]);
    const audit = (await owner.get(`${base}/audit?targetId=${id}`)).body.items;
    assert.deepEqual(audit.map((e: { action: string }) => e.action), ['conversation.update', 'conversation.update']);
    assert.deepEqual(audit[1].before, { status: 'open', resolvedAt: null, snoozedUntil: null, priority: 'none', tags: ['vip'] });
    const same = await owner.patch(url(id), { status: 'open', tagsRemove: ['nothing'] });
    assert.equal(same.status, 200);
    assert.equal((await owner.get(`${base}/audit?targetId=${id}`)).body.items.length, 2, 'a change that changes nothing is not audited');
  });

  it('changes a selection at once, all or none, naming the conversation a refusal came from', async () => {
    const ids = [await conv(), await conv(), await conv()];
    const bulk = `${base}/inbox/conversations/bulk`;
    const done = await owner.post(bulk, { conversationIds: [...ids, ids[0]], changes: { status: 'resolved', tagsAdd: ['outage'], assigneeId: carlId } });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual(done.body.items.map((c: { id: string; status: string; tags: string[]; assignee: { id: string } }) => [c.status, c.tags, c.assignee.id]), ids.map(() => ['resolved', ['outage'], carlId]));
    for (const id of ids) assert.deepEqual((await owner.get(`${base}/audit?targetId=${id}`)).body.items.map((e: { action: string }) => e.action), ['conversation.update'], 'each conversation its own audit entry');

    // One the caller cannot change (another workspace's): nothing changes, and the refusal says which.
    const [other] = await t.database.query<{ id: string }>(`insert into workspaces (id, name) values ($1, 'Other') returning id`, [newId()]);
    const foreign = (await insertTestConversation(t.database.db, { workspaceId: other!.id, channelId: (await insertTestChannel(t.database.db, { workspaceId: other!.id })).id })).id;
    const refused = await owner.post(bulk, { conversationIds: [...ids, foreign], changes: { status: 'open' } });
    assert.deepEqual([refused.status, refused.body.code, refused.body.conversationId], [404, 'not_found', foreign]);
    for (const id of ids) assert.equal((await owner.get(url(id))).body.conversation.status, 'resolved', 'all or none');

    const tooMany = await owner.post(bulk, { conversationIds: Array.from({ length: 101 }, () => ids[0]), changes: { priority: 'high' } });
    assert.equal(tooMany.status, 400);
    assert.equal((await analyst.post(bulk, { conversationIds: ids, changes: { priority: 'high' } })).status, 403);
  });

  it('assigns only to members who may answer, and tells the assignee', async () => {
    const id = await conv();
    const assigned = await owner.patch(url(id), { assigneeId: carlId });
    assert.deepEqual([assigned.status, assigned.body.assignee], [200, { id: carlId, name: 'carl' }]);
    const notes = await carl.get(`${base}/notifications`);
    assert.ok(JSON.stringify(notes.body).includes(id), 'Carl is told');
    for (const [assigneeId, reason] of [[analystId, 'role_may_not_reply'], ['00000000-0000-4000-8000-000000000000', 'not_a_member']] as const) {
      const refused = await owner.patch(url(id), { assigneeId });
      assert.deepEqual([refused.status, refused.body.code, refused.body.reason], [422, 'assignee_not_allowed', reason]);
    }
    const unassigned = await carl.patch(url(id), { assigneeId: null });
    assert.equal(unassigned.body.assignee, null);
    const events = (await owner.get(url(id))).body.events.map((e: { type: string; userId: string; data: { byUser: string } }) => [e.type, e.userId, e.data.byUser]);
    assert.deepEqual(events, [['assigned', carlId, ownerId], ['unassigned', carlId, carlId]]);
  });

  it('snoozes until a future time only, and accepts the workspace\'s own statuses', async () => {
    const id = await conv();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = await owner.patch(url(id), { snoozedUntil: until });
    assert.deepEqual([snoozed.body.status, snoozed.body.snoozedUntil], ['snoozed', until]);
    const past = await owner.patch(url(id), { snoozedUntil: '2020-01-01T00:00:00Z' });
    assert.deepEqual([past.status, past.body.code], [422, 'schedule_in_past']);
    const other = await conv();
    const noTime = await owner.patch(url(other), { status: 'snoozed' });
    assert.deepEqual([noTime.status, noTime.body.code], [400, 'validation_failed']);
    const contradiction = await owner.patch(url(other), { status: 'pending', snoozedUntil: until });
    assert.deepEqual([contradiction.status, contradiction.body.code], [400, 'validation_failed']);
    const woken = await owner.patch(url(id), { snoozedUntil: null });
    assert.deepEqual([woken.body.status, woken.body.snoozedUntil], ['open', null]);
    assert.equal((await owner.patch(url(other), { status: 'escalated' })).body.code, 'unknown_status');
    assert.equal((await owner.put(`${base}/inbox/settings`, { customStatuses: ['escalated'] })).status, 200);
    assert.equal((await owner.patch(url(other), { status: 'escalated' })).body.status, 'escalated');
    assert.deepEqual((await owner.get(`${base}/inbox/conversations?status=escalated`)).body.items.map((i: { id: string }) => i.id), [other]);
    const inUse = await owner.put(`${base}/inbox/settings`, { customStatuses: [] });
    assert.deepEqual([inUse.status, inUse.body.code], [409, 'status_in_use']);
    const unknownField = await owner.patch(url(other), { assignee: carlId });
    assert.deepEqual([unknownField.status, unknownField.body.code], [400, 'validation_failed']);
  });

  it('marks read for the team', async () => {
    const id = await conv({ unreadCount: 3 });
    const read = await carl.post(url(id, '/read'));
    assert.deepEqual([read.status, read.body], [200, { id, unreadCount: 0 }]);
    assert.equal((await carl.get(url(id))).body.conversation.unreadCount, 0);
    assert.equal((await carl.post(url('00000000-0000-4000-8000-000000000000', '/read'))).status, 404);
  });

  it('merges one conversation into another, refusing itself and merged ones', async () => {
    const target = await conv({ tags: ['a'], unreadCount: 1, at: new Date('2026-04-01T00:00:00Z') });
    const source = await conv({ tags: ['b'], unreadCount: 2, at: new Date('2026-04-02T00:00:00Z') });
    const self = await owner.post(url(source, '/merge'), { intoConversationId: source });
    assert.deepEqual([self.status, self.body.code], [422, 'merge_into_self']);
    const merged = await owner.post(url(source, '/merge'), { intoConversationId: target });
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.deepEqual([merged.body.id, merged.body.tags, merged.body.unreadCount, merged.body.lastMessageAt], [target, ['a', 'b'], 3, '2026-04-02T00:00:00.000Z']);
    const detail = (await owner.get(url(target))).body;
    assert.equal(detail.messages.length, 2);
    assert.deepEqual(detail.events.map((e: { type: string }) => e.type), ['merged_in']);
    const left = (await owner.get(url(source))).body.conversation;
    assert.deepEqual([left.status, left.mergedIntoId], ['resolved', target]);
    const ids = (await owner.get(`${base}/inbox/conversations?limit=100`)).body.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(target) && !ids.includes(source));
    const third = await conv();
    const intoMerged = await owner.post(url(third, '/merge'), { intoConversationId: source });
    assert.deepEqual([intoMerged.status, intoMerged.body.code], [409, 'merge_target_merged']);
    const again = await owner.post(url(source, '/merge'), { intoConversationId: third });
    assert.deepEqual([again.status, again.body.code], [409, 'conversation_merged']);
    const patchMerged = await owner.patch(url(source), { priority: 'high' });
    assert.deepEqual([patchMerged.status, patchMerged.body.code], [409, 'conversation_merged']);
    const audit = (await owner.get(`${base}/audit?targetId=${source}`)).body.items;
    assert.deepEqual([audit[0].action, audit[0].after.movedMessages], ['conversation.merge', 1]);
  });

  it('lets an analyst read but not change, and shows an approver nothing', async () => {
    const id = await conv();
    for (const path of [`${base}/inbox/conversations`, `${base}/inbox/counts`, url(id), `${base}/inbox/settings`]) assert.equal((await analyst.get(path)).status, 200, path);
    for (const [method, path, body] of [['PATCH', url(id), { priority: 'low' }], ['POST', url(id, '/read'), {}], ['POST', url(id, '/merge'), { intoConversationId: id }], ['PUT', `${base}/inbox/settings`, { autoAssign: true }]] as const) {
      const res = await analyst.request(method, path, body);
      assert.deepEqual([res.status, res.body.code], [403, 'forbidden'], `${method} ${path}`);
    }
    for (const path of [`${base}/inbox/conversations`, `${base}/inbox/counts`, url(id), `${base}/inbox/settings`]) assert.equal((await approver.get(path)).status, 403, path);
  });

  it('reads and saves the inbox settings, and a channel\'s queue hat', async () => {
    const fresh = await createTestApp();
    try {
      const { owner: o, workspaceId: ws } = await fresh.setupOwner();
      const b = `/api/v1/workspaces/${ws}`;
      assert.deepEqual((await o.get(`${b}/inbox/settings`)).body, { postRepliesHat: 'community', customStatuses: [], autoAssign: false, defaultOpenCap: 25, updatedAt: null });
      const saved = await o.put(`${b}/inbox/settings`, { postRepliesHat: 'social', autoAssign: true, defaultOpenCap: 10, customStatuses: ['escalated', 'waiting_on_product'] });
      assert.deepEqual([saved.status, saved.body.postRepliesHat, saved.body.autoAssign, saved.body.defaultOpenCap, saved.body.customStatuses], [200, 'social', true, 10, ['escalated', 'waiting_on_product']]);
      assert.equal((await o.put(`${b}/inbox/settings`, { autoAssign: false })).body.postRepliesHat, 'social', 'a partial save keeps the rest');
      for (const customStatuses of [['Escalated'], ['open'], ['a b'], ['x', 'x']]) {
        const bad = await o.put(`${b}/inbox/settings`, { customStatuses });
        assert.deepEqual([bad.status, bad.body.code], [400, 'validation_failed'], JSON.stringify(customStatuses));
      }
      assert.equal((await o.put(`${b}/inbox/settings`, { defaultOpenCap: 0 })).status, 400);
      const channel = await insertTestChannel(fresh.database.db, { workspaceId: ws });
      const hat = await o.put(`${b}/inbox/channels/${channel.id}/hat`, { hat: 'community' });
      assert.deepEqual([hat.status, hat.body], [200, { channelId: channel.id, hat: 'community' }]);
      assert.deepEqual((await o.get(`${b}/inbox/channels`)).body.items.map((ch: { id: string; inboxHat: string }) => [ch.id, ch.inboxHat]), [[channel.id, 'community']]);
      const actions = (await o.get(`${b}/audit?limit=20`)).body.items.map((e: { action: string }) => e.action);
      assert.ok(actions.includes('channel.inbox_hat') && actions.includes('inbox_settings.update'));
      assert.equal((await o.put(`${b}/inbox/channels/00000000-0000-4000-8000-000000000000/hat`, { hat: 'social' })).status, 404);
      const { client: cm } = await fresh.addMember(o, ws, 'cm@example.com', 'community_manager');
      assert.equal((await cm.put(`${b}/inbox/settings`, { autoAssign: true })).status, 403);
    } finally {
      await fresh.close();
    }
  });
});
