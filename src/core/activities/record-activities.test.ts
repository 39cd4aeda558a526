import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { recordActivities } from './record-activities.ts';

describe('recording activities in batches', () => {
  let t: TestApp;
  let ctx: WorkspaceCtx;
  let channelId: string;
  let personId: string;
  before(async () => {
    t = await createTestApp();
    const { owner, workspaceId } = await t.setupOwner();
    const base = `/api/v1/workspaces/${workspaceId}`;
    channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Main' })).id;
    personId = (await owner.post(`${base}/people`, { displayName: 'Pat' })).body.id;
    ctx = { db: t.database.db, clock: t.runtime.clock, actor: { type: 'system', id: null, label: 'ingest' }, workspaceId, role: 'owner' };
  });
  after(() => t.close());

  it('stores each (channel, type, external id) once across batches and retries', async () => {
    const batch = Array.from({ length: 2_500 }, (_, i) => ({ channelId, personId: i % 2 ? personId : null, type: 'replied', externalId: `r${i}`, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), data: { n: i, text: `héllo ${i} 👋` } }));
    assert.deepEqual(await recordActivities(ctx, batch), { inserted: 2_500 });
    assert.deepEqual(await recordActivities(ctx, [...batch.slice(0, 10), { ...batch[0]!, externalId: 'new' }]), { inserted: 1 });
    const [row] = await t.database.query<{ n: string }>('select count(*)::text as n from activities');
    assert.equal(row!.n, '2501');
    const [sample] = await t.database.query<{ data: { text: string }; occurred_at: Date }>("select data, occurred_at from activities where external_id = 'r3'");
    assert.equal(sample!.data.text, 'héllo 3 👋');
    assert.equal(new Date(sample!.occurred_at).toISOString(), '2026-01-01T00:00:03.000Z');
  });

  it("refuses a channel or person from outside the workspace and stores nothing of the batch", async () => {
    const stranger = '00000000-0000-4000-8000-000000000000';
    const good = { channelId, type: 'posted', externalId: 'p1', occurredAt: new Date() };
    await assert.rejects(recordActivities(ctx, [good, { ...good, externalId: 'p2', channelId: stranger }]), { code: 'not_found' });
    await assert.rejects(recordActivities(ctx, [{ ...good, personId: stranger }]), { code: 'not_found' });
    const [row] = await t.database.query<{ n: string }>("select count(*)::text as n from activities where type = 'posted'");
    assert.equal(row!.n, '0');
  });
});
