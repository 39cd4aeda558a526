import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordAudit } from '../../core/audit/record-audit.ts';
import { systemActor } from '../../core/shared/context.ts';
import { createTestApp, testPassword, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('audit log', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let tokenSecret: string;
  before(async () => {
    t = await createTestApp();
    const setup = await t.setupOwner();
    owner = setup.owner;
    workspaceId = setup.workspaceId;
    base = `/api/v1/workspaces/${workspaceId}`;
    await t.addMember(owner, setup.workspaceId, 'cm@example.com', 'community_manager');
    await owner.patch(base, { name: 'Acme Corp' });
    const person = await owner.post(`${base}/people`, { displayName: 'Pat' });
    await owner.patch(`${base}/people/${person.body.id}`, { tags: ['vip'] });
    tokenSecret = (await owner.post(`${base}/tokens`, { name: 'ci', role: 'analyst' })).body.secret;
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
    // The very secrets this workspace's setup handled, not just their shapes.
    const [user] = await t.database.query<{ password_hash: string }>("select password_hash from users where email = 'owner@example.com'");
    const secrets = { tokenSecret, testPassword, passwordHash: user!.password_hash, session: owner.cookie!.split('=')[1]!, csrf: owner.csrf! };
    const rows = await t.database.query<{ doc: string }>('select row_to_json(a)::text as doc from audit_entries a');
    assert.equal(rows.length, 9);
    for (const row of rows) {
      for (const [name, secret] of Object.entries(secrets)) assert.ok(!row.doc.includes(secret), `${name} is in ${row.doc}`);
      // Secrets the test never sees, such as the invitation token, by their shape.
      assert.doesNotMatch(row.doc, /\$argon2|(tdm|tss|inv|whsec)_[A-Za-z0-9_-]{16}/);
    }
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

  // Last: it adds an entry the tests above do not expect.
  it('redacts secret-named fields at any depth, whatever a caller passes', async () => {
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test') };
    const after = { name: 'kept', password: 'p1', nested: { apiToken: 't1', list: [{ clientSecret: 's1', label: 'kept too' }] }, credentials: { key: 'c1' } };
    await recordAudit(ctx, { workspaceId, action: 'test.redact', targetType: 'test', before: { passwordHash: 'h1' }, after });
    const [entry] = (await owner.get(`${base}/audit?action=test.redact`)).body.items;
    assert.deepEqual(entry.before, { passwordHash: '[redacted]' });
    assert.deepEqual(entry.after, { name: 'kept', password: '[redacted]', nested: { apiToken: '[redacted]', list: [{ clientSecret: '[redacted]', label: 'kept too' }] }, credentials: '[redacted]' });
  });
});
