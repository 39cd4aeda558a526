import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { workflowFixture, type WorkflowFixture } from './post-workflow-fixture.ts';

describe('workspace setting: require alt text on every image', () => {
  let f: WorkflowFixture;
  let channel: string;
  let png: string;

  before(async () => {
    f = await workflowFixture('2026-03-20T12:00:00Z');
    channel = await f.channel('Pictures', { media: { maxItems: 2, mimeTypes: ['image/png'], maxBytesPerItem: 1_000_000 } });
    png = randomUUID();
    await f.sql(`insert into media (id, workspace_id, file_name, mime_type, bytes, sha256, storage_key) values ($1, $2, 'chart.png', 'image/png', 1000, 'x', 'k')`, [png, f.workspaceId]);
  });
  after(() => f.t.close());

  const setRule = (requireAltText: boolean) => f.owner.patch(f.base, { requireAltText });
  const problemsOf = async (altText?: string) => {
    const res = await f.owner.post(`${f.base}/posts/validate`, { text: 'Our chart', media: [{ mediaId: png, ...(altText ? { altText } : {}) }], targets: [{ channelId: channel }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.targets[0].report.problems.map((p: { code: string }) => p.code);
  };

  it('is off by default, read and changed through the workspace API, and audited as workspace.update', async () => {
    assert.equal((await f.owner.get(f.base)).body.requireAltText, false);
    const on = await setRule(true);
    assert.equal(on.status, 200, JSON.stringify(on.body));
    assert.equal(on.body.requireAltText, true);
    assert.equal((await f.owner.get(f.base)).body.requireAltText, true);
    const [audit] = await f.sql<{ before: { requireAltText: boolean }; after: { requireAltText: boolean } }>(
      "select before, after from audit_entries where workspace_id = $1 and action = 'workspace.update' and after->>'requireAltText' = 'true'",
      [f.workspaceId],
    );
    assert.deepEqual([audit!.before.requireAltText, audit!.after.requireAltText], [false, true]);
    assert.equal((await f.owner.patch(f.base, { requireAltText: 'yes' })).body.code, 'validation_failed');
  });

  it('with it on, validation reports the image without alt text and scheduling refuses the post', async () => {
    await setRule(true);
    assert.deepEqual(await problemsOf(), ['alt_text_missing']);
    assert.deepEqual(await problemsOf('A bar chart of sign-ups'), []);

    const created = await f.owner.post(`${f.base}/posts`, { text: 'Our chart', media: [{ mediaId: png }], targets: [{ channelId: channel }] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const refused = await f.owner.post(`${f.base}/posts/${created.body.id}/schedule`, { at: '2026-03-21T09:00:00Z' });
    assert.deepEqual([refused.status, refused.body.code], [422, 'variant_invalid']);
    assert.match(JSON.stringify(refused.body), /alt_text_missing/);
    assert.equal((await f.owner.get(`${f.base}/posts/${created.body.id}`)).body.state, 'draft');
  });

  it('with it off, the same post can be scheduled', async () => {
    await setRule(false);
    assert.deepEqual(await problemsOf(), []);
    const created = await f.owner.post(`${f.base}/posts`, { text: 'Our chart', media: [{ mediaId: png }], targets: [{ channelId: channel }] });
    const scheduled = await f.owner.post(`${f.base}/posts/${created.body.id}/schedule`, { at: '2026-03-21T09:00:00Z' });
    assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
    assert.equal(scheduled.body.state, 'scheduled');
  });
});
