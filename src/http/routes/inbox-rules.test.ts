// The rules API: create, order, change, delete, dry-run, and the stable refusals.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('inbox rules API', () => {
  let t: TestApp;
  let owner: TestClient;
  let cm: TestClient;
  let base: string;
  let ownerId: string;
  let channelId: string;
  let analystId: string;

  before(async () => {
    t = await createTestApp();
    let workspaceId: string;
    ({ owner, workspaceId, userId: ownerId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}/inbox/rules`;
    ({ client: cm } = await t.addMember(owner, workspaceId, 'cm@example.com', 'community_manager'));
    await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst');
    const members = (await owner.get(`/api/v1/workspaces/${workspaceId}/members`)).body.members as Array<{ email: string; userId: string }>;
    analystId = members.find((m) => m.email === 'analyst@example.com')!.userId;
    channelId = (await insertTestChannel(t.database.db, { workspaceId })).id;
  });
  after(() => t.close());

  const rule = (name: string, over: Record<string, unknown> = {}) => ({ name, conditions: { keywords: ['refund'] }, actions: [{ type: 'tag', tags: ['billing'] }], ...over });

  it('keeps rules in running order: appended, inserted at a position, moved, reordered, compacted on delete', async () => {
    const a = (await owner.post(base, rule('A'))).body;
    const b = (await owner.post(base, rule('B'))).body;
    const c = (await owner.post(base, rule('C', { position: 0 }))).body;
    const names = async () => (await owner.get(base)).body.items.map((r: { name: string; position: number }) => `${r.position}:${r.name}`);
    assert.deepEqual(await names(), ['0:C', '1:A', '2:B']);
    assert.equal((await owner.patch(`${base}/${b.id}`, { position: 0, name: 'B2' })).status, 200);
    assert.deepEqual(await names(), ['0:B2', '1:C', '2:A']);
    assert.equal((await owner.put(`${base}/order`, { ruleIds: [a.id, b.id, c.id] })).status, 200);
    assert.deepEqual(await names(), ['0:A', '1:B2', '2:C']);
    const partial = await owner.put(`${base}/order`, { ruleIds: [a.id, b.id] });
    assert.deepEqual([partial.status, partial.body.code, partial.body.reason], [422, 'rule_invalid', 'order_incomplete']);
    assert.equal((await owner.delete(`${base}/${b.id}`)).status, 204);
    assert.deepEqual(await names(), ['0:A', '1:C']);
    assert.equal((await owner.get(`${base}/${b.id}`)).status, 404);
    const audit = await owner.get(`${base.replace('/inbox/rules', '/audit')}?action=inbox_rule.*`);
    assert.deepEqual(new Set(audit.body.items.map((e: { action: string }) => e.action)), new Set(['inbox_rule.create', 'inbox_rule.update', 'inbox_rule.reorder', 'inbox_rule.delete']));
  });

  it('refuses bad rules with stable codes', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string?]> = [
      [rule('x', { conditions: {} }), 422, 'rule_invalid', 'no_conditions'],
      [rule('x', { conditions: { keywords: ['a'], colour: 'red' } }), 400, 'validation_failed'],
      [rule('x', { actions: [] }), 400, 'validation_failed'],
      [rule('x', { actions: [{ type: 'explode' }] }), 400, 'validation_failed'],
      [rule('x', { conditions: { channelIds: ['00000000-0000-4000-8000-000000000000'] } }), 422, 'rule_invalid', 'unknown_channel'],
      [rule('x', { actions: [{ type: 'assign', to: analystId }] }), 422, 'assignee_not_allowed'],
      [rule('x', { actions: [{ type: 'notify', userIds: ['00000000-0000-4000-8000-000000000000'] }] }), 422, 'rule_invalid', 'unknown_user'],
      [rule('x', { actions: [{ type: 'set_status', status: 'escalated' }] }), 422, 'unknown_status'],
      [rule('x', { actions: [{ type: 'set_status', status: 'snoozed' }] }), 422, 'rule_invalid', 'snooze_needs_time'],
      [rule('x', { actions: [{ type: 'set_priority', priority: 'high' }, { type: 'set_priority', priority: 'low' }] }), 422, 'rule_invalid', 'duplicate_action'],
    ];
    for (const [body, status, code, reason] of cases) {
      const res = await owner.post(base, body);
      assert.deepEqual([res.status, res.body.code, res.body.reason], [status, code, reason], JSON.stringify(body));
    }
    const ok = await owner.post(base, rule('Fine', { conditions: { channelIds: [channelId], sentiments: ['negative'] }, actions: [{ type: 'assign', to: ownerId }, { type: 'assign', to: 'round_robin' }] }));
    assert.deepEqual([ok.status, ok.body.reason], [422, 'duplicate_action'], 'two assign actions');
  });

  it('lets members read and dry-run rules but only inbox.configure change them', async () => {
    assert.equal((await cm.get(base)).status, 200);
    const refused = await cm.post(base, rule('Mine'));
    assert.deepEqual([refused.status, refused.body.code], [403, 'forbidden']);
    const dry = await cm.post(`${base}/test`, { text: 'I want a REFUND', sentiment: 'negative', intents: ['complaint'] });
    assert.equal(dry.status, 200);
    assert.deepEqual(dry.body.matches.map((m: { name: string; enabled: boolean }) => [m.name, m.enabled]), [['A', true], ['C', true]]);
  });

  it('dry-runs a sample: scores the text when no sentiment is given, and reports disabled rules as such', async () => {
    const created = (await owner.post(base, { name: 'Angry VIP', enabled: false, conditions: { sentiments: ['negative'], personTags: ['vip'], channelIds: [channelId] }, actions: [{ type: 'set_priority', priority: 'urgent' }] })).body;
    const sample = { text: 'This is terrible, worst service ever, I am so angry', channelId, personTags: ['VIP'] };
    const res = await owner.post(`${base}/test`, sample);
    assert.equal(res.status, 200);
    assert.equal(res.body.facts.sentiment, 'negative');
    assert.deepEqual(res.body.matches.map((m: { id: string; enabled: boolean }) => [m.id, m.enabled]), [[created.id, false]]);
    const other = await owner.post(`${base}/test`, { ...sample, personTags: ['press'] });
    assert.deepEqual(other.body.matches, []);
    const unknown = await owner.post(`${base}/test`, { text: 'hi', personId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.status, 404);
  });
});
