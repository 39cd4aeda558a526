// The SLA policies API (one default, stable refusals, audited) and the report summed from events.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../core/shared/ids.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('SLA policies API', () => {
  let t: TestApp;
  let owner: TestClient;
  let cm: TestClient;
  let workspaceId: string;
  let base: string;
  const hours = { timeZone: 'Europe/Paris', week: { mon: [['09:00', '12:30'], ['13:30', '17:00']], fri: [['09:00', '16:00']] } };

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-12-31T12:00:00Z') } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}/inbox`;
    ({ client: cm } = await t.addMember(owner, workspaceId, 'cm@example.com', 'community_manager'));
  });
  after(() => t.close());

  it('creates, lists, changes and deletes policies, keeping one default', async () => {
    const first = await owner.post(`${base}/sla-policies`, { name: 'Standard', firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 2880, businessHours: hours, holidays: ['2026-12-25', '2026-01-01', '2026-12-25'], isDefault: true });
    assert.equal(first.status, 201);
    assert.deepEqual([first.body.holidays, first.body.warnBeforeMinutes, first.body.isDefault], [['2026-01-01', '2026-12-25'], 15, true]);
    const vip = await owner.post(`${base}/sla-policies`, { name: 'VIP', firstResponseMinutes: 15, isDefault: true });
    assert.equal(vip.body.businessHours, null, 'around the clock');
    const list = await cm.get(`${base}/sla-policies`);
    assert.deepEqual(list.body.items.map((p: { name: string; isDefault: boolean }) => [p.name, p.isDefault]), [['VIP', true], ['Standard', false]]);
    const changed = await owner.patch(`${base}/sla-policies/${first.body.id}`, { isDefault: true, warnBeforeMinutes: 5 });
    assert.deepEqual([changed.body.isDefault, changed.body.warnBeforeMinutes], [true, 5]);
    assert.equal((await owner.get(`${base}/sla-policies/${vip.body.id}`)).body.isDefault, false);
    assert.equal((await cm.patch(`${base}/sla-policies/${vip.body.id}`, { name: 'Mine' })).status, 403);
    assert.equal((await owner.delete(`${base}/sla-policies/${vip.body.id}`)).status, 204);
    assert.equal((await owner.get(`${base}/sla-policies/${vip.body.id}`)).status, 404);
    const audit = await owner.get(`/api/v1/workspaces/${workspaceId}/audit?action=sla_policy.*`);
    assert.deepEqual(audit.body.items.map((e: { action: string }) => e.action).sort(), ['sla_policy.create', 'sla_policy.create', 'sla_policy.delete', 'sla_policy.update']);
  });

  it('refuses policies that cannot work, with stable reasons', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string?]> = [
      [{ name: 'x' }, 422, 'sla_policy_invalid', 'no_targets'],
      [{ name: 'x', firstResponseMinutes: 0 }, 400, 'validation_failed'],
      [{ name: 'x', firstResponseMinutes: 60, holidays: ['2026-12-25'] }, 422, 'sla_policy_invalid', 'holidays_need_hours'],
      [{ name: 'x', firstResponseMinutes: 60, holidays: ['2026-02-30'], businessHours: hours }, 400, 'validation_failed'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { ...hours, timeZone: 'Mars/Olympus' } }, 422, 'sla_policy_invalid', 'unknown_time_zone'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { timeZone: 'UTC', week: { mon: [['17:00', '09:00']] } } }, 422, 'sla_policy_invalid', 'hours_reversed'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { timeZone: 'UTC', week: { mon: [['09:00', '13:00'], ['12:00', '17:00']] } } }, 422, 'sla_policy_invalid', 'hours_overlap'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { timeZone: 'UTC', week: {} } }, 422, 'sla_policy_invalid', 'no_hours'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { timeZone: 'UTC', week: { mon: [['9:00', '17:00']] } } }, 400, 'validation_failed'],
      [{ name: 'x', firstResponseMinutes: 60, businessHours: { timeZone: 'UTC', week: { monday: [['09:00', '17:00']] } } }, 400, 'validation_failed'],
    ];
    for (const [body, status, code, reason] of cases) {
      const res = await owner.post(`${base}/sla-policies`, body);
      assert.deepEqual([res.status, res.body.code, res.body.reason], [status, code, reason], JSON.stringify(body));
    }
    const ok = await owner.post(`${base}/sla-policies`, { name: 'Nights', resolutionMinutes: 60, businessHours: { timeZone: 'UTC', week: { sun: [['22:00', '24:00']] } } });
    assert.equal(ok.status, 201);
  });

  it('reports sums and averages of the stored events over the period', async () => {
    const channelId = (await insertTestChannel(t.database.db, { workspaceId })).id;
    const conversationId = newId();
    await t.database.query(`insert into conversations (id, workspace_id, channel_id, thread_key, hat, last_message_at) values ($1, $2, $3, 't', 'community', now())`, [conversationId, workspaceId, channelId]);
    const event = (type: string, at: string, value: number | null, business: number | null, kind?: string) =>
      t.database.query(`insert into conversation_events (id, workspace_id, conversation_id, type, value_seconds, business_seconds, data, occurred_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [newId(), workspaceId, conversationId, type, value, business, JSON.stringify(kind ? { kind } : {}), at]);
    await event('first_response', '2026-12-10T10:00:00Z', 600, 300);
    await event('first_response', '2026-12-11T10:00:00Z', 1800, 900);
    await event('first_response', '2026-11-01T10:00:00Z', 99_999, 99_999); // before the period
    await event('reply', '2026-12-11T11:00:00Z', 120, 120);
    await event('resolution', '2026-12-12T10:00:00Z', 86_400, 28_800);
    await event('sla_warning', '2026-12-11T09:45:00Z', null, null, 'first_response');
    await event('sla_breach', '2026-12-11T10:00:00Z', null, null, 'first_response');
    await event('sla_breach', '2026-12-12T09:00:00Z', null, null, 'resolution');
    await event('assigned', '2026-12-11T10:00:00Z', null, null);
    const res = await cm.get(`${base}/sla/report?from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.firstResponse, { count: 2, avgSeconds: 1200, avgBusinessSeconds: 600 });
    assert.deepEqual(res.body.reply, { count: 1, avgSeconds: 120, avgBusinessSeconds: 120 });
    assert.deepEqual(res.body.resolution, { count: 1, avgSeconds: 86_400, avgBusinessSeconds: 28_800 });
    assert.deepEqual(res.body.warnings, { first_response: 1, next_response: 0, resolution: 0, total: 1 });
    assert.deepEqual(res.body.breaches, { first_response: 1, next_response: 0, resolution: 1, total: 2 });
    // Default period: the last 30 days before now (31 December).
    const recent = await cm.get(`${base}/sla/report`);
    assert.deepEqual([recent.body.from, recent.body.firstResponse.count], ['2026-12-01T12:00:00.000Z', 2]);
    const empty = await cm.get(`${base}/sla/report?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z`);
    assert.deepEqual(empty.body.firstResponse, { count: 0, avgSeconds: null, avgBusinessSeconds: null });
  });
});
