// The rules engine on an ingest batch: what matches acts, in order, once per message; what does not
// match changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { createInboxFixture, type InboxFixture } from '../assignment/testing/inbox-fixture.ts';
import { applyInboxRules } from './apply-inbox-rules.ts';
import { createPolicy, deletePolicy } from '../sla/sla-policies.ts';
import { createRule, updateRule } from './inbox-rules.ts';

describe('applyInboxRules', () => {
  let database: TestDatabase;
  let f: InboxFixture;
  const conversation = async (id: string) => (await database.query<{ status: string; priority: string; tags: string[]; assignee_id: string | null; resolved_at: Date | null }>('select status, priority, tags, assignee_id, resolved_at from conversations where id = $1', [id]))[0]!;
  const events = (id: string, type = 'rule_applied') => database.query<{ type: string; user_id: string | null; data: Record<string, any> }>('select type, user_id, data from conversation_events where conversation_id = $1 and type = $2 order by occurred_at, id', [id, type]);
  const notifications = (userId: string) => database.query<{ kind: string; title: string; subject: Record<string, string> }>('select kind, title, subject from notifications where user_id = $1 order by created_at', [userId]);

  before(async () => {
    database = await createTestDatabase();
    f = await createInboxFixture(database);
    await f.settings({ customStatuses: ['escalated'] });
  });
  after(() => database.close());

  it('tags and raises the priority of a matching message, leaves the others, and counts each match once', async () => {
    const ctx = f.ctx();
    const rule = await createRule(ctx, { name: 'Late orders', conditions: { keywords: ['late', 'where is my order'], sentiments: ['negative'] }, actions: [{ type: 'tag', tags: ['delivery'] }, { type: 'set_priority', priority: 'high' }] });
    const hit = await f.conversation();
    const miss = await f.conversation();
    const batch = [await f.inbound(hit, 'Great, my order is LATE again', { sentiment: 'negative' }), await f.inbound(miss, 'I love chocolate', { sentiment: 'negative' }), await f.inbound(miss, 'late but fine', { sentiment: 'positive' })];
    await applyInboxRules(ctx, batch);
    assert.deepEqual(await conversation(hit), { status: 'open', priority: 'high', tags: ['delivery'], assignee_id: null, resolved_at: null });
    assert.deepEqual(await conversation(miss), { status: 'open', priority: 'none', tags: [], assignee_id: null, resolved_at: null });
    // The same batch again (ingestion retried): no second event, nothing more changes.
    await applyInboxRules(ctx, batch);
    const stored = await events(hit);
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0]!.data, { ruleId: rule.id, ruleName: 'Late orders', messageId: batch[0]!.messageId, actions: [{ type: 'tag', outcome: 'applied' }, { type: 'set_priority', outcome: 'applied' }] });
    assert.deepEqual(await events(miss), []);
    await updateRule(ctx, rule.id, { enabled: false });
  });

  it("assigns by the author's person tag, never taking a conversation from its assignee, and notifies", async () => {
    const ctx = f.ctx();
    const ada = await f.member('Ada');
    const ben = await f.member('Ben');
    await createRule(ctx, { name: 'VIPs to Ada', conditions: { personTags: ['vip'] }, actions: [{ type: 'assign', to: ada }, { type: 'notify', userIds: [ben], message: 'A VIP wrote' }] });
    const vip = await f.person('Victoria', ['VIP', 'press']);
    const regular = await f.person('Rob', ['newsletter']);
    const mine = await f.conversation({ personId: vip });
    const bens = await f.conversation({ personId: vip, assigneeId: ben });
    const other = await f.conversation({ personId: regular });
    await applyInboxRules(ctx, [await f.inbound(mine, 'Hello'), await f.inbound(bens, 'Hello again'), await f.inbound(other, 'Hi')]);
    assert.equal((await conversation(mine)).assignee_id, ada);
    assert.equal((await conversation(bens)).assignee_id, ben, 'already assigned: kept');
    assert.equal((await conversation(other)).assignee_id, null);
    assert.deepEqual((await events(mine, 'assigned')).map((e) => [e.user_id, e.data.by]), [[ada, 'rule']]);
    assert.deepEqual((await events(bens))[0]!.data.actions[0], { type: 'assign', outcome: 'unchanged', reason: 'already_assigned' });
    assert.deepEqual((await notifications(ada)).map((n) => [n.kind, n.subject.conversationId]), [['conversation_assigned', mine]]);
    assert.deepEqual((await notifications(ben)).map((n) => [n.kind, n.title, n.subject.conversationId]), [['inbox_rule', 'A VIP wrote', mine], ['inbox_rule', 'A VIP wrote', bens]]);
  });

  it('runs rules in order (the later one wins), skips disabled ones, and sets custom statuses and round-robin assignees', async () => {
    const f2 = await createInboxFixture(database, { name: 'Ordered' });
    await f2.settings({ customStatuses: ['escalated'] });
    const c2 = f2.ctx();
    const cara = await f2.member('Cara', { hat: 'community' });
    await f2.member('Dan', { hat: 'social' });
    await createRule(c2, { name: 'Complaints', conditions: { intents: ['complaint', 'bug_report'] }, actions: [{ type: 'set_priority', priority: 'urgent' }, { type: 'set_status', status: 'escalated' }, { type: 'assign', to: 'round_robin' }] });
    await createRule(c2, { name: 'Community calm-down', conditions: { hat: 'community', channelIds: [f2.channelId] }, actions: [{ type: 'set_priority', priority: 'low' }] });
    await createRule(c2, { name: 'Off', enabled: false, conditions: { hat: 'community' }, actions: [{ type: 'tag', tags: ['never'] }] });
    const id = await f2.conversation({ hat: 'community' });
    await applyInboxRules(c2, [await f2.inbound(id, 'The app crashes on start', { intents: ['bug_report'] })]);
    assert.deepEqual(await conversation(id), { status: 'escalated', priority: 'low', tags: [], assignee_id: cara, resolved_at: null });
    // Only this workspace's enabled rules ran (the first workspace's VIP rule would have matched nothing, its keyword rule is off).
    assert.deepEqual((await events(id)).map((e) => e.data.ruleName), ['Complaints', 'Community calm-down']);
  });

  it('sets the SLA policy a rule names; refuses to save a rule naming another workspace\'s, and skips one deleted since', async () => {
    const f4 = await createInboxFixture(database, { name: 'SLA rules' });
    const c4 = f4.ctx();
    const other = await createInboxFixture(database, { name: 'Elsewhere' });
    const theirs = await createPolicy(other.ctx(), { name: 'Theirs', isDefault: true, firstResponseMinutes: 60 });
    await assert.rejects(createRule(c4, { name: 'Borrowed', conditions: { keywords: ['x'] }, actions: [{ type: 'set_sla_policy', policyId: theirs.id }] }), (err: { code: string; details?: { reason?: string } }) => err.code === 'rule_invalid' && err.details?.reason === 'unknown_sla_policy');
    const urgent = await createPolicy(c4, { name: 'Urgent', isDefault: false, firstResponseMinutes: 10 });
    const rule = await createRule(c4, { name: 'Outages', conditions: { keywords: ['outage'] }, actions: [{ type: 'set_sla_policy', policyId: urgent.id }] });
    const id = await f4.conversation();
    await applyInboxRules(c4, [await f4.inbound(id, 'Is there an outage?')]);
    assert.equal((await database.query<{ sla_policy_id: string }>('select sla_policy_id from conversations where id = $1', [id]))[0]!.sla_policy_id, urgent.id);
    await deletePolicy(c4, urgent.id);
    const later = await f4.conversation();
    await applyInboxRules(c4, [await f4.inbound(later, 'Another outage')]);
    assert.deepEqual((await events(later))[0]!.data.actions, [{ type: 'set_sla_policy', outcome: 'skipped', reason: 'unknown_sla_policy' }]);
    await updateRule(c4, rule.id, { enabled: false });
  });

  it('resolves by rule and stamps the resolution', async () => {
    const f3 = await createInboxFixture(database, { name: 'Spam' });
    const c3 = f3.ctx({ now: () => new Date('2026-12-01T10:00:00Z') });
    await createRule(c3, { name: 'Spam out', conditions: { intents: ['spam_suspicion'] }, actions: [{ type: 'set_status', status: 'resolved' }, { type: 'tag', tags: ['spam'] }] });
    const id = await f3.conversation();
    await applyInboxRules(c3, [await f3.inbound(id, 'Buy followers now', { intents: ['spam_suspicion'] })]);
    const row = await conversation(id);
    assert.deepEqual([row.status, row.tags, row.resolved_at?.toISOString()], ['resolved', ['spam'], '2026-12-01T10:00:00.000Z']);
  });
});
