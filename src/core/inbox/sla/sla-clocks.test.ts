// The SLA clocks through a conversation's life, on Paris business hours across the spring DST
// change: due times set at ingestion, response and resolution events with business seconds, the
// next-response clock when the person writes again, and the resolution clock on reopening.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { afterInbound } from '../after-inbound.ts';
import { createInboxFixture, type InboxFixture } from '../assignment/testing/inbox-fixture.ts';
import { createRule } from '../rules/inbox-rules.ts';
import { recordResolution } from './record-resolution.ts';
import { recordResponse } from './record-response.ts';
import { reopenClocks } from './reopen-clocks.ts';
import { createPolicy } from './sla-policies.ts';
import { startSlaClocks } from './start-sla-clocks.ts';

const weekday: Array<[string, string]> = [['09:00', '17:00']];
const parisHours = { timeZone: 'Europe/Paris', week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } };
const at = (iso: string) => new Date(iso);

describe('SLA clocks', () => {
  let database: TestDatabase;
  let f: InboxFixture;
  let ada: string;
  const clocks = async (id: string) =>
    (await database.query<Record<string, Date | null | string>>('select sla_policy_id, first_response_due_at, next_response_due_at, resolution_due_at from conversations where id = $1', [id]))[0]!;
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d);
  const events = (id: string) => database.query<{ type: string; value_seconds: number; business_seconds: number; user_id: string | null; data: Record<string, unknown> }>(`select type, value_seconds, business_seconds, user_id, data from conversation_events where conversation_id = $1 and type in ('first_response', 'reply', 'resolution') order by occurred_at, id`, [id]);
  // What the reply sender does before it calls recordResponse.
  const answered = (id: string, when: Date) => database.query(`update conversations set first_response_at = coalesce(first_response_at, $2), waiting_since = null where id = $1`, [id, when.toISOString()]);

  before(async () => {
    database = await createTestDatabase();
    f = await createInboxFixture(database, { timeZone: 'Europe/Paris' });
    ada = await f.member('Ada');
  });
  after(() => database.close());

  it('runs a conversation from Friday afternoon over the DST weekend to its resolution and reopening', async () => {
    const ctx = f.ctx();
    const policy = await createPolicy(ctx, { name: 'Support', isDefault: true, firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 480, businessHours: parisHours, holidays: ['2026-12-25'] });
    // Friday 27 March 2026, 16:30 in Paris (CET).
    const id = await f.conversation({ createdAt: at('2026-03-27T15:31:00Z') });
    await startSlaClocks(ctx, [await f.inbound(id, 'Where is my order?', { occurredAt: at('2026-03-27T15:30:00Z') })]);
    // 30 minutes on Friday, the rest from Monday 09:00 CEST (07:00 UTC).
    assert.deepEqual(Object.fromEntries(Object.entries(await clocks(id)).map(([k, v]) => [k, iso(v)])), {
      sla_policy_id: policy.id,
      first_response_due_at: '2026-03-30T07:30:00.000Z',
      next_response_due_at: null,
      resolution_due_at: '2026-03-30T14:30:00.000Z',
    });

    // Monday 09:10 CEST: Ada answers. Clock time 63 h 40 min; business time 40 minutes.
    await answered(id, at('2026-03-30T07:10:00Z'));
    await recordResponse(ctx, id, { at: at('2026-03-30T07:10:00Z'), userId: ada });
    // A second message from Ada with nobody waiting, and an automated one, store nothing.
    await recordResponse(ctx, id, { at: at('2026-03-30T07:12:00Z'), userId: ada });
    await recordResponse(ctx, id, { at: at('2026-03-30T07:13:00Z'), userId: null });

    // 10:00 CEST the person writes again: the next-response clock starts; Ada answers at 11:00, late.
    await startSlaClocks(ctx, [await f.inbound(id, 'Still nothing', { occurredAt: at('2026-03-30T08:00:00Z') })]);
    assert.equal(iso((await clocks(id)).next_response_due_at), '2026-03-30T08:30:00.000Z');
    await answered(id, at('2026-03-30T09:00:00Z'));
    await recordResponse(ctx, id, { at: at('2026-03-30T09:00:00Z'), userId: ada });

    // Resolved at 12:00 CEST: 66 h 30 min on the clock, 3 h 30 min of business time.
    await database.query(`update conversations set status = 'resolved', resolved_at = $2 where id = $1`, [id, '2026-03-30T10:00:00Z']);
    await recordResolution(ctx, id, at('2026-03-30T10:00:00Z'));
    assert.equal((await clocks(id)).resolution_due_at, null, 'the resolution clock stopped');
    assert.deepEqual((await events(id)).map((e) => [e.type, e.value_seconds, e.business_seconds, e.user_id, e.data.breached]), [
      ['first_response', 63 * 3600 + 40 * 60, 40 * 60, ada, false],
      ['reply', 3600, 3600, ada, true],
      ['resolution', 66 * 3600 + 30 * 60, 3 * 3600 + 30 * 60, null, false],
    ]);

    // Tuesday 09:00 CEST a new message reopens it (ingestion sets it open): resolution due 17:00, next response 09:30.
    await database.query(`update conversations set status = 'open', resolved_at = null where id = $1`, [id]);
    await startSlaClocks(ctx, [await f.inbound(id, 'One more thing', { occurredAt: at('2026-03-31T07:00:00Z') })]);
    assert.deepEqual([iso((await clocks(id)).resolution_due_at), iso((await clocks(id)).next_response_due_at)], ['2026-03-31T15:00:00.000Z', '2026-03-31T07:30:00.000Z']);
  });

  it('restarts the resolution clock when the status use-case reopens, skipping the holiday', async () => {
    const ctx = f.ctx();
    const id = await f.conversation({ createdAt: at('2026-12-23T09:00:00Z') });
    await startSlaClocks(ctx, [await f.inbound(id, 'Hello', { occurredAt: at('2026-12-23T09:00:00Z') })]);
    await recordResolution(ctx, id, at('2026-12-23T10:00:00Z'));
    // Reopened Thursday 24 December 16:00 CET: one hour that day, Friday 25th is a holiday, seven on Monday 28th.
    await reopenClocks(ctx, id, at('2026-12-24T15:00:00Z'));
    assert.equal(iso((await clocks(id)).resolution_due_at), '2026-12-28T15:00:00.000Z');
  });

  it('a rule picks the policy of a new conversation: its clocks start from that one, not the default', async () => {
    const g = await createInboxFixture(database, { name: 'VIP desk' });
    const ctx = g.ctx();
    const standard = await createPolicy(ctx, { name: 'Standard', isDefault: true, firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 2880 });
    const vip = await createPolicy(ctx, { name: 'VIP', isDefault: false, firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 240 });
    await createRule(ctx, { name: 'VIPs', conditions: { personTags: ['vip'] }, actions: [{ type: 'set_sla_policy', policyId: vip.id }] });
    const vipPerson = await g.person('Vera', ['vip']);
    const vipConversation = await g.conversation({ personId: vipPerson, createdAt: at('2026-06-01T10:00:00Z') });
    const other = await g.conversation({ createdAt: at('2026-06-01T10:00:00Z') });
    const sent = at('2026-06-01T10:00:00Z');
    await afterInbound(ctx, [await g.inbound(vipConversation, 'Hello?', { personId: vipPerson, occurredAt: sent }), await g.inbound(other, 'Hello?', { occurredAt: sent })]);
    assert.deepEqual(Object.fromEntries(Object.entries(await clocks(vipConversation)).map(([k, v]) => [k, iso(v)])), {
      sla_policy_id: vip.id,
      first_response_due_at: '2026-06-01T10:15:00.000Z',
      next_response_due_at: null,
      resolution_due_at: '2026-06-01T14:00:00.000Z',
    });
    assert.deepEqual([(await clocks(other)).sla_policy_id, iso((await clocks(other)).first_response_due_at)], [standard.id, '2026-06-01T14:00:00.000Z']);
  });

  it('still measures response times without a policy, counting around the clock', async () => {
    const g = await createInboxFixture(database, { name: 'No SLA' });
    const ben = await g.member('Ben');
    const id = await g.conversation({ createdAt: at('2026-03-28T10:00:00Z') });
    await startSlaClocks(g.ctx(), [await g.inbound(id, 'Hi', { occurredAt: at('2026-03-28T10:00:00Z') })]);
    assert.equal((await clocks(id)).sla_policy_id, null);
    await recordResponse(g.ctx(), id, { at: at('2026-03-28T10:20:00Z'), userId: ben });
    assert.deepEqual((await events(id)).map((e) => [e.type, e.value_seconds, e.business_seconds, e.data.breached]), [['first_response', 1200, 1200, undefined]]);
  });
});
