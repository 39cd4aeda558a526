import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConnectorRegistry } from '../../core/channels/connector-registry.ts';
import { schedulePost } from '../../core/publishing/workflow/schedule-post.ts';
import { workflowFixture, type WorkflowFixture } from './post-workflow-fixture.ts';

describe('scheduling a post', () => {
  let f: WorkflowFixture;
  let channel: string;
  const schedule = (postId: string, body: unknown) => f.owner.post(`${f.base}/posts/${postId}/schedule`, body);

  before(async () => {
    f = await workflowFixture('2026-03-20T12:00:00Z');
    channel = await f.channel('Main');
  });
  after(() => f.t.close());

  it('reads a local time in the zone given, moving a time in the Paris spring gap forward', async () => {
    const postId = await f.compose([channel]);
    const res = await schedule(postId, { localTime: '2026-03-29T02:30', timeZone: 'Europe/Paris' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // 02:30 does not exist that night: 03:30 CEST, 01:30 UTC.
    assert.equal(res.body.scheduledAt, '2026-03-29T01:30:00.000Z');
    assert.equal(res.body.timeZone, 'Europe/Paris');
    assert.deepEqual(res.body.targets.map((t: { state: string; scheduledAt: string }) => [t.state, t.scheduledAt]), [['scheduled', '2026-03-29T01:30:00.000Z']]);
  });

  it("takes the earlier instant in the New York autumn overlap, in the user's own zone", async () => {
    await f.sql("update users set time_zone = 'America/New_York' where id = $1", [f.ownerId]);
    const postId = await f.compose([channel]);
    const res = await schedule(postId, { localTime: '2026-11-01T01:30' });
    assert.equal(res.body.scheduledAt, '2026-11-01T05:30:00.000Z');
    assert.equal(res.body.timeZone, 'America/New_York');
    await f.sql('update users set time_zone = null where id = $1', [f.ownerId]);
    await f.sql("update workspaces set time_zone = 'Europe/Paris' where id = $1", [f.workspaceId]);
    const inWorkspaceZone = await schedule(await f.compose([channel]), { localTime: '2026-10-25T02:30' });
    assert.equal(inWorkspaceZone.body.scheduledAt, '2026-10-25T00:30:00.000Z', 'Paris overlap: the CEST 02:30');
    assert.equal(inWorkspaceZone.body.timeZone, 'Europe/Paris');
  });

  it('refuses a time in the past, an unknown zone, and both or neither of at and localTime', async () => {
    const postId = await f.compose([channel]);
    const past = await schedule(postId, { at: '2026-03-20T11:59:00Z' });
    assert.deepEqual([past.status, past.body.code], [422, 'schedule_in_past']);
    assert.equal((await schedule(postId, { localTime: '2026-03-20T12:30', timeZone: 'Europe/Paris' })).body.code, 'schedule_in_past', '12:30 Paris is 11:30 UTC');
    assert.equal((await schedule(postId, { localTime: '2026-04-01T10:00', timeZone: 'Mars/Olympus' })).body.code, 'validation_failed');
    assert.equal((await schedule(postId, {})).body.code, 'validation_failed');
    assert.equal((await schedule(postId, { at: '2026-04-01T10:00:00Z', localTime: '2026-04-01T10:00' })).body.code, 'validation_failed');
    assert.equal((await schedule(postId, { localTime: '2026-02-30T10:00' })).body.code, 'validation_failed');
    assert.equal(await (async () => (await f.owner.get(`${f.base}/posts/${postId}`)).body.state)(), 'draft');
  });

  it('checks the daily cap and publish rate limits when scheduling, per target', async () => {
    const capped = await f.channel('Capped', { dailyPublishCap: 1 });
    const limited = await f.channel('Limited', { rateLimits: [{ requests: 1, windowSeconds: 3600, scope: 'publish' }, { requests: 1, windowSeconds: 60, scope: 'all' }] });
    assert.equal((await schedule(await f.compose([capped, limited]), { at: '2026-04-02T08:00:00Z' })).status, 200);

    const second = await f.compose([capped, limited]);
    const refused = await schedule(second, { at: '2026-04-02T08:30:00Z' });
    assert.deepEqual([refused.status, refused.body.code], [422, 'variant_invalid']);
    const byChannel = Object.fromEntries(refused.body.targets.map((t: { channelId: string; problems: { code: string }[] }) => [t.channelId, t.problems.map((p) => p.code)]));
    assert.deepEqual(byChannel, { [capped]: ['daily_cap_reached'], [limited]: ['rate_limit_reached'] });
    const afterWindow = await schedule(second, { at: '2026-04-02T09:00:00Z' });
    assert.deepEqual(afterWindow.body.targets?.map((t: { channelId: string }) => t.channelId), [capped], 'an hour later only the cap is in the way');
    const nextDay = await schedule(second, { at: '2026-04-03T08:30:00Z' });
    assert.equal(nextDay.body.state, 'scheduled');
    assert.equal((await f.owner.get(`${f.base}/posts/${second}`)).body.targets.every((t: { state: string }) => t.state === 'scheduled'), true);
  });

  it('gives the last place of a day to one of two posts scheduled at once', async () => {
    const capped = await f.channel('Race', { dailyPublishCap: 1 });
    const [one, two] = [await f.compose([capped]), await f.compose([capped])];
    const answers = await Promise.all([schedule(one, { at: '2026-04-04T08:00:00Z' }), schedule(two, { at: '2026-04-04T09:00:00Z' })]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 422]);
  });

  it('refuses what a variant cannot publish, and a disconnected channel', async () => {
    const tiny = await f.channel('Tiny', { text: { maxLength: 5, countingRule: 'code-points' } });
    const res = await schedule(await f.compose([tiny], 'Far too long'), { at: '2026-04-05T08:00:00Z' });
    assert.deepEqual(res.body.targets[0].problems.map((p: { code: string }) => p.code), ['text_too_long']);
    const gone = await f.channel('Gone');
    const postId = await f.compose([gone]);
    await f.sql("update channels set status = 'disconnected' where id = $1", [gone]);
    assert.deepEqual((await schedule(postId, { at: '2026-04-05T08:00:00Z' })).body.targets[0].problems.map((p: { code: string }) => p.code), ['channel_disconnected']);
  });

  it('reschedules keeping the approval, and unschedules back to approved', async () => {
    await f.owner.put(`${f.base}/approval-steps`, { steps: [{ channelId: null, name: 'Owner', mode: 'any', approverIds: [f.ownerId] }] });
    const postId = await f.compose([channel]);
    await f.owner.post(`${f.base}/posts/${postId}/submit`);
    await f.owner.post(`${f.base}/posts/${postId}/approve`, {});
    assert.equal((await schedule(postId, { at: '2026-04-10T08:00:00Z' })).body.state, 'scheduled');
    const moved = await schedule(postId, { at: '2026-04-11T08:00:00Z' });
    assert.equal(moved.body.state, 'scheduled');
    assert.equal(moved.body.targets[0].scheduledAt, '2026-04-11T08:00:00.000Z');
    const off = await f.owner.post(`${f.base}/posts/${postId}/unschedule`);
    assert.equal(off.body.state, 'approved');
    assert.equal(off.body.scheduledAt, null);
    assert.deepEqual(off.body.targets.map((t: { state: string; scheduledAt: string | null }) => [t.state, t.scheduledAt]), [['pending', null]]);
    const audit = await f.sql<{ action: string }>("select action from audit_entries where target_id = $1 and action in ('post.schedule', 'post.reschedule', 'post.unschedule') order by created_at", [postId]);
    assert.deepEqual(audit.map((a) => a.action), ['post.schedule', 'post.reschedule', 'post.unschedule']);
    // The tests after this one need no approval.
    await f.owner.put(`${f.base}/approval-steps`, { steps: [] });
  });

  it('hands the scheduled targets to the engine after the transaction commits', async () => {
    const postId = await f.compose([channel]);
    const queued: { id: string; scheduledAt: Date }[] = [];
    const ctx = { db: f.t.database.db, clock: f.clock, actor: { type: 'user' as const, id: f.ownerId, label: 'owner' }, workspaceId: f.workspaceId, role: 'owner' as const, connectors: defaultConnectorRegistry, queuePublish: async (targets: typeof queued) => void queued.push(...targets) };
    const view = await schedulePost(ctx, postId, { at: '2026-04-20T08:00:00Z' });
    assert.deepEqual(queued, [{ id: view.targets[0]!.id, scheduledAt: new Date('2026-04-20T08:00:00Z') }]);
  });
});
