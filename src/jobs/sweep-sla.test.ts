// The SLA sweep and the workload snapshot through the real queue: each runs on its schedule's
// definition, stores what is due, and a second run stores nothing more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createInboxFixture } from '../core/inbox/assignment/testing/inbox-fixture.ts';
import { createPolicy } from '../core/inbox/sla/sla-policies.ts';
import { startSlaClocks } from '../core/inbox/sla/start-sla-clocks.ts';
import { snapshotWorkloadJob } from './snapshot-workload.ts';
import { sweepSlaJob } from './sweep-sla.ts';
import { createJobHarness, waitForState, type JobHarness } from './testing/job-harness.ts';

describe('inbox jobs', () => {
  let h: JobHarness;
  before(async () => {
    h = await createJobHarness([sweepSlaJob, snapshotWorkloadJob]);
  });
  after(() => h.close());

  const run = async (def: typeof sweepSlaJob) => {
    const id = await h.queue.send(def, {});
    await waitForState(h.queue, def.name, id!, ['completed', 'failed']).then((job) => assert.equal(job.state, 'completed'));
  };

  it('sweeps SLA breaches every minute and snapshots workload every ten, once each', async () => {
    assert.equal(sweepSlaJob.schedule?.cron, '* * * * *');
    assert.equal(snapshotWorkloadJob.schedule?.cron, '*/10 * * * *');
    await h.queue.work([sweepSlaJob, snapshotWorkloadJob]);
    const f = await createInboxFixture(h.database);
    const ada = await f.member('Ada');
    await createPolicy(f.ctx(), { name: 'Now', isDefault: true, firstResponseMinutes: 1 });
    const id = await f.conversation({ assigneeId: ada });
    await startSlaClocks(f.ctx(), [await f.inbound(id, 'Hello', { occurredAt: new Date(Date.now() - 5 * 60_000) })]);
    await run(sweepSlaJob);
    await run(sweepSlaJob);
    const breaches = await h.database.query<{ n: number }>(`select count(*)::int as n from conversation_events where conversation_id = $1 and type = 'sla_breach'`, [id]);
    assert.equal(breaches[0]!.n, 1);
    await run(snapshotWorkloadJob);
    await run(snapshotWorkloadJob);
    const snaps = await h.database.query<{ open_count: number }>('select open_count from workload_snapshots where user_id = $1', [ada]);
    assert.ok(snaps.length >= 1 && snaps.length <= 2, 'once per ten-minute period (two if the runs straddle a boundary)');
    assert.equal(snaps[0]!.open_count, 1);
  });
});
