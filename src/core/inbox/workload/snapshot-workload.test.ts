// Workload snapshots: every member who may answer (zeros included), once per period, read back
// as a bucketed series.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemActor } from '../../shared/context.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { createInboxFixture } from '../assignment/testing/inbox-fixture.ts';
import { getWorkload } from './get-workload.ts';
import { snapshotWorkload } from './snapshot-workload.ts';

describe('workload snapshots', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it("stores each member's open conversations once per ten minutes and serves them as a series", async () => {
    const f = await createInboxFixture(database);
    await f.settings({ defaultOpenCap: 5 });
    const ada = await f.member('Ada', { openCap: 3 });
    const ben = await f.member('Ben', { available: false });
    await f.member('Ann', { role: 'analyst' });
    await f.conversation({ assigneeId: ada });
    await f.conversation({ assigneeId: ada, status: 'escalated' });
    await f.conversation({ assigneeId: ada, status: 'pending' });
    let now = new Date('2026-12-01T10:03:00Z');
    const ctx = { db: database.db, clock: { now: () => now }, actor: systemActor('test') };
    assert.equal((await snapshotWorkload(ctx)).takenAt.toISOString(), '2026-12-01T10:00:00.000Z');
    now = new Date('2026-12-01T10:09:59Z');
    const again = await snapshotWorkload(ctx);
    assert.equal(again.stored, 0, 'the same period again stores nothing');
    await f.conversation({ assigneeId: ben });
    now = new Date('2026-12-01T10:10:00Z');
    await snapshotWorkload(ctx);
    const rows = await database.query<{ user_id: string; taken_at: Date; open_count: number }>('select user_id, taken_at, open_count from workload_snapshots where workspace_id = $1 order by taken_at, open_count desc', [f.workspaceId]);
    assert.deepEqual(rows.map((r) => [r.user_id, r.taken_at.toISOString(), r.open_count]), [
      [ada, '2026-12-01T10:00:00.000Z', 2],
      [ben, '2026-12-01T10:00:00.000Z', 0],
      [ada, '2026-12-01T10:10:00.000Z', 2],
      [ben, '2026-12-01T10:10:00.000Z', 1],
    ]);

    const view = await getWorkload({ ...f.ctx({ now: () => now }) }, { from: new Date('2026-12-01T09:00:00Z'), to: new Date('2026-12-01T11:00:00Z') });
    assert.equal(view.bucketSeconds, 600);
    assert.deepEqual(view.members.map((m) => [m.name, m.open, m.cap, m.available]), [['Ada', 2, 3, true], ['Ben', 1, 5, false]]);
    assert.deepEqual(view.series.find((s) => s.userId === ben)?.points.map((p) => [p.at.toISOString(), p.open]), [['2026-12-01T10:00:00.000Z', 0], ['2026-12-01T10:10:00.000Z', 1]]);
    // A year in buckets: at most ~500 points, each the highest count of its bucket.
    const year = await getWorkload(f.ctx({ now: () => now }), { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') });
    assert.ok(year.bucketSeconds >= (364 * 86400) / 500 && year.bucketSeconds % 600 === 0);
    assert.deepEqual(year.series.find((s) => s.userId === ben)?.points.map((p) => p.open), [1]);
  });
});
