import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { posts } from '../../db/schema/index.ts';
import { newId } from '../../core/shared/ids.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('campaigns', () => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: string;
  let base: string;
  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
  });
  after(() => t.close());

  it('creates, lists, edits, archives and restores a campaign, each change audited', async () => {
    const created = await owner.post(`${base}/campaigns`, { name: 'Spring launch', goal: 'Sign-ups', startsOn: '2026-03-01', endsOn: '2026-03-31', budgetMinor: 50000, currency: 'USD', utm: { medium: 'organic', content: '{channel}' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.costMinor, created.body.currency, created.body.utm, created.body.archivedAt], [0, 'USD', { medium: 'organic', content: '{channel}' }, null]);
    const id = created.body.id;
    assert.equal((await owner.get(`${base}/campaigns/${id}`)).body.name, 'Spring launch');
    const edited = await owner.patch(`${base}/campaigns/${id}`, { costMinor: 12345, endsOn: '2026-04-15' });
    assert.deepEqual([edited.status, edited.body.costMinor, edited.body.endsOn, edited.body.startsOn], [200, 12345, '2026-04-15', '2026-03-01']);
    assert.deepEqual((await owner.get(`${base}/campaigns`)).body.items.map((c: { id: string }) => c.id), [id]);

    assert.ok((await owner.post(`${base}/campaigns/${id}/archive`)).body.archivedAt);
    assert.equal((await owner.post(`${base}/campaigns/${id}/archive`)).status, 200, 'archiving twice is harmless');
    assert.deepEqual((await owner.get(`${base}/campaigns`)).body.items, []);
    assert.deepEqual((await owner.get(`${base}/campaigns?archived=true`)).body.items.map((c: { id: string }) => c.id), [id]);
    assert.equal((await owner.post(`${base}/campaigns/${id}/restore`)).body.archivedAt, null);

    const audit = await owner.get(`${base}/audit?limit=50`);
    const actions = audit.body.items.filter((e: { targetId: string }) => e.targetId === id).map((e: { action: string }) => e.action);
    assert.deepEqual(actions.sort(), ['campaign.archive', 'campaign.create', 'campaign.restore', 'campaign.update']);
  });

  it('refuses bad money, dates, names and UTM keys with their codes', async () => {
    const bad = async (body: unknown, status: number, code: string, path = `${base}/campaigns`, method = 'POST') => {
      const res = await owner.request(method, path, body);
      assert.deepEqual([res.status, res.body.code], [status, code], `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`);
      return res;
    };
    const unknownCurrency = await bad({ name: 'A', currency: 'ABC' }, 400, 'validation_failed');
    assert.match(unknownCurrency.body.detail, /ISO 4217/);
    await bad({ name: 'A', currency: 'eur' }, 400, 'validation_failed');
    await bad({ name: 'A', startsOn: '2026-05-02', endsOn: '2026-05-01' }, 400, 'validation_failed');
    await bad({ name: 'A', startsOn: '2026-13-01' }, 400, 'validation_failed');
    await bad({ name: 'A', budgetMinor: -1 }, 400, 'validation_failed');
    await bad({ name: 'A', costMinor: 1.5 }, 400, 'validation_failed');
    await bad({ name: 'A', utm: { sauce: 'x' } }, 400, 'validation_failed');
    await bad({ name: '  ' }, 400, 'validation_failed');
    const one = (await owner.post(`${base}/campaigns`, { name: 'Unique name', startsOn: '2026-06-10' })).body;
    await bad({ name: 'UNIQUE NAME' }, 409, 'conflict');
    // The dates are checked against what is stored, not only what the edit sends.
    await bad({ endsOn: '2026-06-01' }, 400, 'validation_failed', `${base}/campaigns/${one.id}`, 'PATCH');
    const other = (await owner.post(`${base}/campaigns`, { name: 'Other name' })).body;
    await bad({ name: 'unique name' }, 409, 'conflict', `${base}/campaigns/${other.id}`, 'PATCH');
    assert.equal((await owner.patch(`${base}/campaigns/${one.id}`, { name: 'Unique Name' })).status, 200, 'renaming itself is fine');
    await bad(undefined, 404, 'not_found', `${base}/campaigns/00000000-0000-4000-8000-000000000000`, 'GET');
  });

  it('lets an analyst read campaigns but not change them', async () => {
    const { client: analyst } = await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst');
    const id = (await owner.post(`${base}/campaigns`, { name: 'Read only' })).body.id;
    assert.equal((await analyst.get(`${base}/campaigns/${id}/summary`)).status, 200);
    const refused = await analyst.patch(`${base}/campaigns/${id}`, { costMinor: 1 });
    assert.deepEqual([refused.status, refused.body.code], [403, 'forbidden']);
  });

  it("counts the campaign's posts by state in its summary", async () => {
    const id = (await owner.post(`${base}/campaigns`, { name: 'Counted', costMinor: 1000 })).body.id;
    const rows = (['draft', 'draft', 'scheduled', 'published'] as const).map((state) => ({ id: newId(), workspaceId, campaignId: id, state }));
    await t.database.db.insert(posts).values(rows);
    const summary = (await owner.get(`${base}/campaigns/${id}/summary`)).body;
    assert.equal(summary.posts.total, 4);
    assert.deepEqual([summary.posts.byState.draft, summary.posts.byState.scheduled, summary.posts.byState.published, summary.posts.byState.failed], [2, 1, 1, 0]);
    assert.deepEqual([summary.links, summary.clicks, summary.costPerClickMinor], [0, { humans: 0, bots: 0 }, null]);
  });
});
