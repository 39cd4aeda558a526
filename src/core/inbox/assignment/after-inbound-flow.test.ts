// Rules, round-robin and SLA clocks together, as ingestion runs them (afterInbound) in one
// transaction: a rule's assignment or status is what round-robin and the clocks then see.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findInboxAutomation } from '../../../db/queries/inbox-settings.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { afterInbound } from '../after-inbound.ts';
import { createRule, updateRule } from '../rules/inbox-rules.ts';
import { createPolicy } from '../sla/sla-policies.ts';
import { createInboxFixture } from './testing/inbox-fixture.ts';

describe('after an ingest batch', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('applies rules, then round-robin to what is still unassigned and open, then starts the clocks', async () => {
    const f = await createInboxFixture(database);
    await f.settings({ autoAssign: true });
    const ada = await f.member('Ada', { lastAssignedAt: new Date('2026-11-01T00:00:00Z') });
    const ben = await f.member('Ben');
    const vipOwner = await f.member('Vera', { lastAssignedAt: new Date('2026-11-30T00:00:00Z') });
    const ctx = f.ctx({ now: () => new Date('2026-12-01T10:00:00Z') });
    await createPolicy(ctx, { name: 'Default', isDefault: true, firstResponseMinutes: 30 });
    await createRule(ctx, { name: 'VIPs to Vera', conditions: { personTags: ['vip'] }, actions: [{ type: 'assign', to: vipOwner }] });
    await createRule(ctx, { name: 'Thanks can wait', conditions: { intents: ['praise'] }, actions: [{ type: 'set_status', status: 'pending' }] });
    const vip = await f.person('Victoria', ['vip']);
    const at = new Date('2026-12-01T09:59:00Z');
    const [toVera, praise, plain1, plain2] = [await f.conversation({ personId: vip }), await f.conversation(), await f.conversation(), await f.conversation()];
    const batch = [
      await f.inbound(toVera, 'Hello', { occurredAt: at }),
      await f.inbound(praise, 'You are great', { occurredAt: at, intents: ['praise'] }),
      await f.inbound(plain1, 'Question', { occurredAt: at }),
      await f.inbound(plain2, 'Another', { occurredAt: at }),
    ];
    await inTransaction(database.db, (db) => afterInbound({ ...ctx, db }, batch));
    const rows = await database.query<{ id: string; status: string; assignee_id: string | null; first_response_due_at: Date | null }>('select id, status, assignee_id, first_response_due_at from conversations where id = any($1::uuid[])', [[toVera, praise, plain1, plain2]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.equal(byId.get(toVera)!.assignee_id, vipOwner);
    assert.deepEqual([byId.get(praise)!.status, byId.get(praise)!.assignee_id], ['pending', null], 'pending: not for round-robin');
    // Ben was never assigned, then Ada (assigned longest ago); Vera, assigned most recently, is not reached.
    assert.deepEqual([byId.get(plain1)!.assignee_id, byId.get(plain2)!.assignee_id], [ben, ada]);
    for (const r of rows) assert.equal(r.first_response_due_at?.toISOString(), '2026-12-01T10:29:00.000Z');
  });

  // afterInbound runs only what the workspace set up: each piece alone must still run.
  it('says what is set up: nothing at first, a disabled rule is not a rule, each piece on its own', async () => {
    const f = await createInboxFixture(database);
    const ctx = f.ctx({ now: () => new Date('2026-12-01T10:00:00Z') });
    assert.deepEqual(await findInboxAutomation(database.db, f.workspaceId), { rules: false, autoAssign: false, sla: false });
    await f.settings({ autoAssign: false });
    const rule = await createRule(ctx, { name: 'Tag all', conditions: { hat: 'community' }, actions: [{ type: 'tag', tags: ['seen'] }] });
    await updateRule(ctx, rule.id, { enabled: false });
    assert.deepEqual(await findInboxAutomation(database.db, f.workspaceId), { rules: false, autoAssign: false, sla: false });
    const untouched = await f.conversation();
    const hello = await f.inbound(untouched, 'Hello');
    await inTransaction(database.db, (db) => afterInbound({ ...ctx, db }, [hello]));
    const [row] = await database.query<{ tags: string[]; assignee_id: string | null; sla_policy_id: string | null }>('select tags, assignee_id, sla_policy_id from conversations where id = $1', [untouched]);
    assert.deepEqual(row, { tags: [], assignee_id: null, sla_policy_id: null });

    await updateRule(ctx, rule.id, { enabled: true });
    assert.deepEqual(await findInboxAutomation(database.db, f.workspaceId), { rules: true, autoAssign: false, sla: false });
    const other = await createInboxFixture(database);
    await other.settings({ autoAssign: true });
    assert.deepEqual(await findInboxAutomation(database.db, other.workspaceId), { rules: false, autoAssign: true, sla: false });
    const third = await createInboxFixture(database);
    await createPolicy(third.ctx(), { name: 'Not default', firstResponseMinutes: 60 });
    assert.deepEqual(await findInboxAutomation(database.db, third.workspaceId), { rules: false, autoAssign: false, sla: true });
  });

  it('runs a rule, round-robin or the clocks when only that one is set up', async () => {
    const at = new Date('2026-12-01T09:59:00Z');
    const clock = { now: () => new Date('2026-12-01T10:00:00Z') };
    const run = async (f: Awaited<ReturnType<typeof createInboxFixture>>) => {
      const id = await f.conversation();
      const ctx = f.ctx(clock);
      const hello = await f.inbound(id, 'Hello', { occurredAt: at });
      await inTransaction(database.db, (db) => afterInbound({ ...ctx, db }, [hello]));
      const [row] = await database.query<{ tags: string[]; assignee_id: string | null; first_response_due_at: Date | null }>('select tags, assignee_id, first_response_due_at from conversations where id = $1', [id]);
      return row!;
    };
    const ruled = await createInboxFixture(database);
    await createRule(ruled.ctx(clock), { name: 'Tag all', conditions: { hat: 'community' }, actions: [{ type: 'tag', tags: ['seen'] }] });
    assert.deepEqual(await run(ruled), { tags: ['seen'], assignee_id: null, first_response_due_at: null });

    const assigned = await createInboxFixture(database);
    await assigned.settings({ autoAssign: true });
    const ada = await assigned.member('Ada');
    assert.deepEqual(await run(assigned), { tags: [], assignee_id: ada, first_response_due_at: null });

    const timed = await createInboxFixture(database);
    await createPolicy(timed.ctx(clock), { name: 'Default', isDefault: true, firstResponseMinutes: 30 });
    const row = await run(timed);
    assert.equal(row.first_response_due_at?.toISOString(), '2026-12-01T10:29:00.000Z');
    assert.equal(row.assignee_id, null);
  });
});
