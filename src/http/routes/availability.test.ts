// Availability and workload over the API: members set their own availability, inbox.configure
// sets others' and caps; the workload view shows the load now and over time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { snapshotWorkload } from '../../core/inbox/workload/snapshot-workload.ts';
import { systemActor } from '../../core/shared/context.ts';
import { newId } from '../../core/shared/ids.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('inbox availability and workload API', () => {
  let t: TestApp;
  let owner: TestClient;
  let cm: TestClient;
  let analyst: TestClient;
  let base: string;
  let workspaceId: string;
  let cmId: string;
  let analystId: string;
  let now = new Date('2026-12-01T10:00:00Z');

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}/inbox`;
    ({ client: cm } = await t.addMember(owner, workspaceId, 'cm@example.com', 'community_manager'));
    ({ client: analyst } = await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst'));
    const members = (await owner.get(`/api/v1/workspaces/${workspaceId}/members`)).body.members as Array<{ email: string; userId: string }>;
    cmId = members.find((m) => m.email === 'cm@example.com')!.userId;
    analystId = members.find((m) => m.email === 'analyst@example.com')!.userId;
    const channelId = (await insertTestChannel(t.database.db, { workspaceId })).id;
    for (const status of ['open', 'open', 'pending']) {
      await t.database.query(`insert into conversations (id, workspace_id, channel_id, thread_key, hat, status, assignee_id, last_message_at) values ($1, $2, $3, $4, 'community', $5, $6, now())`, [newId(), workspaceId, channelId, `t:${newId()}`, status, cmId]);
    }
  });
  after(() => t.close());

  it('lets a member step out and back in, but not set their cap or anyone else', async () => {
    const away = await cm.put(`${base}/availability`, { available: false });
    assert.deepEqual([away.status, away.body], [200, { userId: cmId, available: false, openCap: null }]);
    const cap = await cm.put(`${base}/availability`, { available: true, openCap: 50 });
    assert.deepEqual([cap.status, cap.body.code], [403, 'forbidden']);
    const other = await cm.put(`${base}/availability`, { userId: analystId, available: false });
    assert.deepEqual([other.status, other.body.code], [403, 'forbidden']);
    assert.equal((await analyst.put(`${base}/availability`, { available: true })).status, 403, 'an analyst does not answer');
  });

  it('lets inbox.configure set a member and their cap, refusing roles that do not answer', async () => {
    const set = await owner.put(`${base}/availability`, { userId: cmId, available: true, openCap: 4 });
    assert.deepEqual(set.body, { userId: cmId, available: true, openCap: 4 });
    const refused = await owner.put(`${base}/availability`, { userId: analystId, available: true });
    assert.deepEqual([refused.status, refused.body.code, refused.body.reason], [422, 'assignee_not_allowed', 'role_may_not_reply']);
    const stranger = await owner.put(`${base}/availability`, { userId: newId(), available: true });
    assert.equal(stranger.status, 404);
    const bad = await owner.put(`${base}/availability`, { userId: cmId, available: true, openCap: -1 });
    assert.equal(bad.body.code, 'validation_failed');
    const list = await analyst.get(`${base}/availability`);
    const mine = list.body.members.find((m: { userId: string }) => m.userId === cmId);
    assert.deepEqual([mine.open, mine.cap, mine.ownCap, mine.available], [2, 4, 4, true]);
    assert.equal(list.body.members.some((m: { userId: string }) => m.userId === analystId), false);
    const audit = await owner.get(`/api/v1/workspaces/${workspaceId}/audit?action=member.inbox_availability`);
    assert.equal(audit.body.items.length, 2);
  });

  it('shows the workload now and over time', async () => {
    const ctx = { db: t.database.db, clock: { now: () => now }, actor: systemActor('test') };
    await snapshotWorkload(ctx);
    now = new Date('2026-12-01T10:10:00Z');
    await snapshotWorkload(ctx);
    const res = await analyst.get(`${base}/workload?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z`);
    assert.equal(res.status, 200);
    const mine = res.body.members.find((m: { userId: string }) => m.userId === cmId);
    assert.deepEqual([mine.open, mine.cap], [2, 4]);
    const series = res.body.series.find((s: { userId: string }) => s.userId === cmId);
    assert.deepEqual(series.points, [{ at: '2026-12-01T10:00:00.000Z', open: 2 }, { at: '2026-12-01T10:10:00.000Z', open: 2 }]);
    const backwards = await analyst.get(`${base}/workload?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z`);
    assert.deepEqual([backwards.status, backwards.body.code], [400, 'validation_failed']);
  });
});
