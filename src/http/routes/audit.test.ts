import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('audit log', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  before(async () => {
    t = await createTestApp();
    const setup = await t.setupOwner();
    owner = setup.owner;
    base = `/api/v1/workspaces/${setup.workspaceId}`;
    await t.addMember(owner, setup.workspaceId, 'cm@example.com', 'community_manager');
    await owner.patch(base, { name: 'Acme Corp' });
    const person = await owner.post(`${base}/people`, { displayName: 'Pat' });
    await owner.patch(`${base}/people/${person.body.id}`, { tags: ['vip'] });
    const token = await owner.post(`${base}/tokens`, { name: 'ci', role: 'analyst' });
    const bot = t.client();
    bot.bearer = token.body.secret;
    await owner.put(`${base}/hat`, { hat: 'social' });
  });
  after(() => t.close());

  it('records every change with actor, action, target, before and after', async () => {
    const log = await owner.get(`${base}/audit?limit=100`);
    const actions = log.body.items.map((e: { action: string }) => e.action).reverse();
    assert.deepEqual(actions, ['workspace.create', 'member.add', 'member.invite', 'member.join', 'workspace.update', 'person.create', 'person.update', 'token.create', 'member.switch_hat']);
    const rename = log.body.items.find((e: { action: string }) => e.action === 'workspace.update');
    assert.equal(rename.before.name, 'Acme');
    assert.equal(rename.after.name, 'Acme Corp');
    assert.equal(rename.actorLabel, 'owner@example.com');
    assert.equal(rename.actorType, 'user');
    assert.ok(rename.requestId);
  });

  it('never stores a secret in an entry', async () => {
    const log = await owner.get(`${base}/audit?action=token.create`);
    const text = JSON.stringify(log.body);
    assert.doesNotMatch(text, /tdm_[A-Za-z0-9_-]{20,}/);
    const rows = await t.database.query<{ doc: string }>('select row_to_json(a)::text as doc from audit_entries a');
    for (const row of rows) assert.doesNotMatch(row.doc, /password_hash|\$argon2|tss_|inv_[A-Za-z0-9_-]{20}/);
  });

  it('filters by action prefix, actor, target and time, and pages with a cursor', async () => {
    const members = await owner.get(`${base}/audit?action=member.*`);
    assert.deepEqual(members.body.items.map((e: { action: string }) => e.action).sort(), ['member.add', 'member.invite', 'member.join', 'member.switch_hat']);
    const byCm = await owner.get(`${base}/audit?actor=cm@`);
    assert.deepEqual(byCm.body.items.map((e: { action: string }) => e.action), ['member.join']);
    const people = await owner.get(`${base}/audit?targetType=person`);
    assert.equal(people.body.items.length, 2);
    const future = await owner.get(`${base}/audit?from=2999-01-01T00:00:00Z`);
    assert.equal(future.body.items.length, 0);
    const first = await owner.get(`${base}/audit?limit=4`);
    const second = await owner.get(`${base}/audit?limit=4&cursor=${first.body.nextCursor}`);
    const third = await owner.get(`${base}/audit?limit=4&cursor=${second.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((e: { id: string }) => e.id);
    assert.equal(new Set(ids).size, 9);
    assert.equal(third.body.nextCursor, null);
    assert.equal((await owner.get(`${base}/audit?cursor=garbage`)).body.code, 'validation_failed');
  });
});
