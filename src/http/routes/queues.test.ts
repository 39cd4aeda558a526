import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConnectorRegistry } from '../../core/channels/connector-registry.ts';
import { continueDueRecurrences } from '../../core/publishing/workflow/continue-recurrences.ts';
import { workflowFixture, type WorkflowFixture } from './post-workflow-fixture.ts';

describe('queues, recurrence and spreading over a campaign', () => {
  let f: WorkflowFixture;
  let a: string;
  let b: string;
  const slots = (channelId: string) => `${f.base}/channels/${channelId}/queue-slots`;
  const queue = (postId: string) => f.owner.post(`${f.base}/posts/${postId}/queue`);

  before(async () => {
    // Friday 20 March 2026, 12:00 UTC; Paris goes to summer time on Sunday 29 March.
    f = await workflowFixture('2026-03-20T12:00:00Z');
    await f.sql("update workspaces set time_zone = 'Europe/Paris' where id = $1", [f.workspaceId]);
    a = await f.channel('A');
    b = await f.channel('B');
  });
  after(() => f.t.close());

  it('keeps a weekly queue per channel, in the workspace zone', async () => {
    const put = await f.owner.put(slots(a), { slots: [{ weekday: 0, time: '09:00' }, { weekday: 2, time: '09:00' }, { weekday: 0, time: '09:00' }] });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(put.body, { channelId: a, timeZone: 'Europe/Paris', slots: [{ weekday: 0, time: '09:00' }, { weekday: 2, time: '09:00' }] });
    await f.owner.put(slots(b), { slots: [{ weekday: 2, time: '09:00' }, { weekday: 4, time: '18:00' }] });
    assert.deepEqual((await f.owner.get(slots(b))).body.slots, [{ weekday: 2, time: '09:00' }, { weekday: 4, time: '18:00' }]);
    assert.equal((await f.owner.put(slots(a), { slots: [{ weekday: 7, time: '09:00' }] })).status, 400);
    assert.equal((await f.owner.get(slots('00000000-0000-4000-8000-000000000000'))).status, 404);
  });

  it('adds a post to the next slot free on every channel, across the DST change', async () => {
    const first = await queue(await f.compose([a]));
    // Monday 23 March 09:00 CET.
    assert.equal(first.body.scheduledAt, '2026-03-23T08:00:00.000Z');
    assert.equal(first.body.state, 'scheduled');
    // A and B share Wednesdays at 09:00 only.
    assert.equal((await queue(await f.compose([a, b]))).body.scheduledAt, '2026-03-25T08:00:00.000Z');
    assert.equal((await queue(await f.compose([a]))).body.scheduledAt, '2026-03-30T07:00:00.000Z', 'Monday 30 March 09:00 is CEST');
    const free = await f.owner.get(`${f.base}/queue/free-slots?from=2026-03-20T00:00:00Z&to=2026-04-02T00:00:00Z`);
    assert.deepEqual(free.body.items.map((s: { channelId: string; at: string }) => [s.channelId === a ? 'A' : 'B', s.at]), [
      ['B', '2026-03-20T17:00:00.000Z'],
      ['B', '2026-03-27T17:00:00.000Z'],
      ['A', '2026-04-01T07:00:00.000Z'],
      ['B', '2026-04-01T07:00:00.000Z'],
    ]);
    const onlyA = await f.owner.get(`${f.base}/queue/free-slots?from=2026-03-20T00:00:00Z&to=2026-04-02T00:00:00Z&channelId=${a}`);
    assert.equal(onlyA.body.items.length, 1);
  });

  it('answers queue_full when no common slot is free in the next eight weeks', async () => {
    const c = await f.channel('C');
    const res = await queue(await f.compose([a, c]));
    assert.deepEqual([res.status, res.body.code], [422, 'queue_full']);
    await f.owner.put(slots(c), { slots: [{ weekday: 3, time: '09:00' }] });
    assert.equal((await queue(await f.compose([a, c]))).body.code, 'queue_full', 'A has no Thursday slot');
  });

  it('copies a recurring post to its next occurrence at the same wall-clock time', async () => {
    const postId = await f.compose([b], 'Weekly tip');
    // Friday 27 March 09:00 CET, weekly, three times: the next is Friday 3 April 09:00 CEST.
    const res = await f.owner.post(`${f.base}/posts/${postId}/schedule`, { localTime: '2026-03-27T09:00', recurrence: { frequency: 'weekly', interval: 1, count: 3 } });
    assert.equal(res.body.scheduledAt, '2026-03-27T08:00:00.000Z');
    const copies = await f.sql<{ id: string; state: string; scheduled_at: Date; source: string; recurrence: { count: number } }>('select id, state, scheduled_at, source, recurrence from posts where recurrence_of = $1', [postId]);
    assert.equal(copies.length, 1);
    assert.deepEqual([copies[0]!.state, new Date(copies[0]!.scheduled_at).toISOString(), copies[0]!.source, copies[0]!.recurrence.count], ['scheduled', '2026-04-03T07:00:00.000Z', 'recurrence', 2]);
    const copy = (await f.owner.get(`${f.base}/posts/${copies[0]!.id}`)).body;
    assert.equal(copy.text, 'Weekly tip');
    assert.deepEqual(copy.targets.map((t: { channelId: string; state: string }) => [t.channelId, t.state]), [[b, 'scheduled']]);
    // Rescheduling the first occurrence does not copy it again.
    await f.owner.post(`${f.base}/posts/${postId}/schedule`, { localTime: '2026-03-27T10:00' });
    assert.equal((await f.sql('select id from posts where recurrence_of = $1', [postId])).length, 1);
  });

  it('spreads posts evenly over the campaign dates within the daily hours', async () => {
    const [campaign] = await f.sql<{ id: string }>("insert into campaigns (id, workspace_id, name, starts_on, ends_on) values (gen_random_uuid(), $1, 'Spring', '2026-04-06', '2026-04-08') returning id", [f.workspaceId]);
    const posts = [await f.compose([a], 'one'), await f.compose([a], 'two'), await f.compose([a], 'three')];
    const res = await f.owner.post(`${f.base}/campaigns/${campaign!.id}/spread`, { postIds: posts, hours: { from: '09:00', to: '18:00' } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // 27 hours over three days: each post in the middle of its nine, 13:30 Paris (11:30 UTC).
    assert.deepEqual(res.body.items.map((p: { scheduledAt: string }) => p.scheduledAt), ['2026-04-06T11:30:00.000Z', '2026-04-07T11:30:00.000Z', '2026-04-08T11:30:00.000Z']);
    const other = await f.owner.post(`${f.base}/campaigns/00000000-0000-4000-8000-000000000000/spread`, { postIds: posts });
    assert.equal(other.status, 404);
    const over = await f.owner.post(`${f.base}/campaigns/${campaign!.id}/spread`, { postIds: [await f.compose([a])], from: '2026-03-01', to: '2026-03-02' });
    assert.equal(over.body.code, 'schedule_in_past');
  });

  it('spreads all the posts or none', async () => {
    const [campaign] = await f.sql<{ id: string }>("insert into campaigns (id, workspace_id, name, starts_on, ends_on) values (gen_random_uuid(), $1, 'Summer', '2026-06-01', '2026-06-02') returning id", [f.workspaceId]);
    const good = await f.compose([a], 'fine');
    const bad = await f.compose([a], '');
    const res = await f.owner.post(`${f.base}/campaigns/${campaign!.id}/spread`, { postIds: [good, bad] });
    assert.equal(res.body.code, 'variant_invalid');
    assert.equal((await f.owner.get(`${f.base}/posts/${good}`)).body.state, 'draft');
  });

  it('continues a series once an occurrence has gone out, until its count is spent', async () => {
    const postId = await f.compose([b], 'Daily digest');
    await f.owner.post(`${f.base}/posts/${postId}/schedule`, { localTime: '2026-06-10T08:00', recurrence: { frequency: 'daily', interval: 1, count: 3 } });
    const queued: { id: string; scheduledAt: Date }[] = [];
    const ctx = { db: f.t.database.db, clock: f.clock, actor: { type: 'system' as const, id: null, label: 'recurrence' }, connectors: defaultConnectorRegistry, queuePublish: async (t: typeof queued) => void queued.push(...t) };
    const series = () => f.sql<{ at: Date }>("select scheduled_at as at from posts where text = 'Daily digest' order by scheduled_at");
    assert.equal((await series()).length, 2, 'the first and its next');
    await continueDueRecurrences(ctx, { limit: 10 });
    assert.equal((await series()).length, 2, 'nothing has gone out yet');
    f.clock.set('2026-06-11T06:01:00Z');
    await continueDueRecurrences(ctx, { limit: 10 });
    assert.deepEqual((await series()).map((r) => new Date(r.at).toISOString()), ['2026-06-10T06:00:00.000Z', '2026-06-11T06:00:00.000Z', '2026-06-12T06:00:00.000Z']);
    assert.deepEqual(queued.map((q) => q.scheduledAt.toISOString()), ['2026-06-12T06:00:00.000Z']);
    f.clock.set('2026-06-12T06:01:00Z');
    await continueDueRecurrences(ctx, { limit: 10 });
    assert.equal((await series()).length, 3, 'three occurrences in all');
  });
});
