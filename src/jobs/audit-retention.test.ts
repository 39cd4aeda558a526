// The nightly retention job end to end through the queue, and the purge use-case's batching.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insertAuditEntry, listAuditPage } from '../db/queries/audit.ts';
import { insertWorkspace } from '../db/queries/workspaces.ts';
import { systemActor } from '../core/shared/context.ts';
import { newId } from '../core/shared/ids.ts';
import { auditRetention, purgeWorkspaceAudit } from './audit-retention.ts';
import { purgeExpiredAudit } from './audit-retention/purge-expired-audit.ts';
import { createJobHarness, waitFor, type JobHarness } from './testing/job-harness.ts';

const day = 24 * 60 * 60 * 1000;

describe('audit retention', () => {
  let h: JobHarness;
  const now = new Date();
  const ids = { custom: newId(), defaulted: newId(), empty: newId() };

  async function seed(workspaceId: string, ageDays: number[]) {
    for (const age of ageDays) {
      await insertAuditEntry(h.runtime.database.db, { id: newId(), workspaceId, actorType: 'system', actorLabel: 'seed', action: 'seed.entry', targetType: 'seed', createdAt: new Date(now.getTime() - age * day) });
    }
  }
  const entries = (workspaceId: string, action?: string) => listAuditPage(h.runtime.database.db, workspaceId, { action, limit: 1000 });
  const addWorkspace = (id: string, name: string, auditRetentionDays?: number) => insertWorkspace(h.runtime.database.db, { id, name, auditRetentionDays });

  before(async () => {
    h = await createJobHarness([auditRetention, purgeWorkspaceAudit]);
    await addWorkspace(ids.custom, 'Thirty days', 30);
    await addWorkspace(ids.defaulted, 'Instance default');
    await addWorkspace(ids.empty, 'Nothing old');
    await seed(ids.custom, [1, 29, 31, 400]);
    await seed(ids.defaulted, [1, 31, 364, 366, 1000]);
    await seed(ids.empty, [2]);
    await h.queue.work([auditRetention, purgeWorkspaceAudit]);
  });
  after(() => h.close());

  it('is scheduled nightly in UTC', async () => {
    await h.queue.schedule([auditRetention, purgeWorkspaceAudit]);
    const [schedule, ...others] = await h.queue.boss.getSchedules();
    assert.equal(others.length, 0);
    assert.equal(schedule?.name, 'audit.retention');
    assert.equal(schedule?.cron, '17 3 * * *');
    assert.equal(schedule?.timezone, 'UTC');
  });

  it('deletes entries past each workspace retention and records one entry per workspace that lost any', async () => {
    await h.queue.send(auditRetention, {});
    const retention = await waitFor('both workspaces to be purged', async () => {
      const [a, b] = [await entries(ids.custom, 'audit.retention'), await entries(ids.defaulted, 'audit.retention')];
      return a.length && b.length ? { custom: a, defaulted: b } : undefined;
    });
    const ages = async (id: string) =>
      (await entries(id, 'seed.entry')).map((e) => Math.round((now.getTime() - e.createdAt.getTime()) / day)).sort((x, y) => x - y);
    assert.deepEqual(await ages(ids.custom), [1, 29]);
    assert.deepEqual(await ages(ids.defaulted), [1, 31, 364], 'a workspace without its own setting keeps the instance default of 365 days');
    assert.deepEqual(await ages(ids.empty), [2]);
    assert.equal(retention.custom.length, 1);
    assert.deepEqual(retention.custom[0]!.after, { deleted: 2, retentionDays: 30, olderThan: (retention.custom[0]!.after as { olderThan: string }).olderThan });
    assert.equal(retention.custom[0]!.actorType, 'system');
    assert.equal((retention.defaulted[0]!.after as { deleted: number }).deleted, 2);
    // Wait for every fanned-out job to finish before checking that 'empty' recorded nothing.
    await waitFor('the three fanned-out jobs to complete', async () => {
      const jobs = await h.queue.boss.findJobs(purgeWorkspaceAudit.name);
      return jobs.length === 3 && jobs.every((j) => j.state === 'completed') ? true : undefined;
    });
    assert.equal((await entries(ids.empty, 'audit.retention')).length, 0, 'no entry for a workspace that lost nothing');
  });

  it('is idempotent: a second run deletes and records nothing', async () => {
    const ctx = { db: h.runtime.database.db, clock: h.runtime.clock, actor: systemActor() };
    const again = await purgeExpiredAudit(ctx, { workspaceId: ids.custom, defaultRetentionDays: 365 });
    assert.deepEqual(again, { deleted: 0, batches: 0 });
    assert.equal((await entries(ids.custom, 'audit.retention')).length, 1);
  });

  it('deletes in batches, each recorded with its exact count', async () => {
    const id = newId();
    await addWorkspace(id, 'Batched', 10);
    await seed(id, [11, 12, 13, 14, 15, 5]);
    const ctx = { db: h.runtime.database.db, clock: h.runtime.clock, actor: systemActor('test') };
    assert.deepEqual(await purgeExpiredAudit(ctx, { workspaceId: id, defaultRetentionDays: 365, batchSize: 2 }), { deleted: 5, batches: 3 });
    const counts = (await entries(id, 'audit.retention')).map((e) => (e.after as { deleted: number }).deleted).sort();
    assert.deepEqual(counts, [1, 2, 2]);
    assert.equal((await entries(id, 'seed.entry')).length, 1);
  });

  it('does nothing for a workspace deleted since the job was queued', async () => {
    const ctx = { db: h.runtime.database.db, clock: h.runtime.clock, actor: systemActor() };
    assert.deepEqual(await purgeExpiredAudit(ctx, { workspaceId: newId(), defaultRetentionDays: 1 }), { deleted: 0, batches: 0 });
  });
});
