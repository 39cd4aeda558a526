import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { workflowFixture, type WorkflowFixture } from './post-workflow-fixture.ts';

describe('approval workflow', () => {
  let f: WorkflowFixture;
  let anna: { client: TestClient; id: string };
  let ben: { client: TestClient; id: string };
  let manager: TestClient;
  let brand: string;
  let other: string;
  const state = async (postId: string) => (await f.owner.get(`${f.base}/posts/${postId}`)).body.state;

  before(async () => {
    f = await workflowFixture();
    for (const [email, role] of [['anna@client.example', 'approver'], ['ben@client.example', 'approver']] as const) {
      const { client } = await f.t.addMember(f.owner, f.workspaceId, email, role);
      const member = { client, id: await f.userId(email) };
      if (email.startsWith('anna')) anna = member;
      else ben = member;
    }
    manager = (await f.t.addMember(f.owner, f.workspaceId, 'smm@example.com', 'social_media_manager')).client;
    brand = await f.channel('Brand');
    other = await f.channel('Other');
  });
  after(() => f.t.close());

  it('approves at once on submit when no step applies, and schedules a draft directly', async () => {
    const postId = await f.compose([brand]);
    const submitted = await f.owner.post(`${f.base}/posts/${postId}/submit`);
    assert.equal(submitted.status, 200);
    assert.equal(submitted.body.state, 'approved');
    const draft = await f.compose([brand]);
    const scheduled = await f.owner.post(`${f.base}/posts/${draft}/schedule`, { at: '2026-03-21T10:00:00Z' });
    assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
    assert.equal(scheduled.body.state, 'scheduled');
  });

  it('goes through ordered steps: all of the workspace step, then any of the channel step', async () => {
    const put = await f.owner.put(`${f.base}/approval-steps`, {
      steps: [
        { channelId: brand, name: 'Brand owner', mode: 'any', approverIds: [f.ownerId, ben.id] },
        { channelId: null, name: 'Client', mode: 'all', approverIds: [anna.id, ben.id] },
      ],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    // The workspace's steps come first whatever the order sent.
    assert.deepEqual(put.body.items.map((s: { name: string }) => s.name), ['Client', 'Brand owner']);

    const postId = await f.compose([brand, other]);
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/submit`)).body.state, 'in_review');
    const early = await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' });
    assert.deepEqual([early.status, early.body.code], [422, 'approval_required']);
    // The owner is named only in the later step: not an approver of the current one.
    const notYet = await f.owner.post(`${f.base}/posts/${postId}/approve`, {});
    assert.deepEqual([notYet.status, notYet.body.code], [403, 'not_an_approver']);

    assert.equal((await anna.client.post(`${f.base}/posts/${postId}/approve`, { note: 'fine by me' })).body.state, 'in_review');
    let approvals = (await f.owner.get(`${f.base}/posts/${postId}/approvals`)).body;
    assert.equal(approvals.steps[0].satisfied, false, "'all' needs Ben too");
    assert.equal((await ben.client.post(`${f.base}/posts/${postId}/approve`, {})).body.state, 'in_review');
    approvals = (await f.owner.get(`${f.base}/posts/${postId}/approvals`)).body;
    assert.equal(approvals.currentStepId, approvals.steps[1].id);
    assert.deepEqual(approvals.steps[0].decisions.map((d: { userId: string; note: string | null }) => [d.userId, d.note]), [[anna.id, 'fine by me'], [ben.id, null]]);

    // Ben is in the channel step too: 'any' is satisfied by him alone.
    assert.equal((await ben.client.post(`${f.base}/posts/${postId}/approve`, {})).body.state, 'approved');
    const again = await ben.client.post(`${f.base}/posts/${postId}/approve`, {});
    assert.deepEqual([again.status, again.body.code], [409, 'invalid_transition']);
    // An approver reviews without other rights: scheduling is not theirs.
    assert.equal((await anna.client.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' })).status, 403);
    assert.equal((await manager.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' })).body.state, 'scheduled');
    // A post on a channel without its own step skips that step.
    const otherOnly = await f.compose([other]);
    await f.owner.post(`${f.base}/posts/${otherOnly}/submit`);
    await anna.client.post(`${f.base}/posts/${otherOnly}/approve`, {});
    assert.equal((await ben.client.post(`${f.base}/posts/${otherOnly}/approve`, {})).body.state, 'approved');
  });

  it('sends back for changes, and a new revision needs new approvals', async () => {
    const postId = await f.compose([other]);
    await f.owner.post(`${f.base}/posts/${postId}/submit`);
    await anna.client.post(`${f.base}/posts/${postId}/approve`, {});
    const back = await ben.client.post(`${f.base}/posts/${postId}/request-changes`, { note: 'Wrong date' });
    assert.equal(back.body.state, 'changes_requested');
    assert.equal((await ben.client.post(`${f.base}/posts/${postId}/request-changes`, {})).status, 400, 'a note is required');
    const refused = await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' });
    assert.equal(refused.body.code, 'approval_required');

    // An edit bumps the revision (the composer's PATCH does this and returns the post to draft).
    await f.sql("update posts set revision = revision + 1, state = 'draft' where id = $1", [postId]);
    await f.owner.post(`${f.base}/posts/${postId}/submit`);
    const fresh = (await f.owner.get(`${f.base}/posts/${postId}/approvals`)).body;
    assert.equal(fresh.revision, 2);
    assert.deepEqual(fresh.steps[0].decisions, [], "Anna's approval was for revision 1");
    await anna.client.post(`${f.base}/posts/${postId}/approve`, {});
    assert.equal(await state(postId), 'in_review');
    await ben.client.post(`${f.base}/posts/${postId}/approve`, {});
    assert.equal(await state(postId), 'approved');
  });

  it('answers 409 invalid_transition to moves the state does not allow', async () => {
    const postId = await f.compose([other]);
    for (const [path, body] of [['approve', {}], ['request-changes', { note: 'x' }], ['unschedule', {}]] as const) {
      const res = await anna.client.request('POST', `${f.base}/posts/${postId}/${path}`, body);
      if (path === 'unschedule') assert.equal(res.status, 403, 'approvers cannot unschedule');
      else assert.deepEqual([res.status, res.body.code], [409, 'invalid_transition'], path);
    }
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/unschedule`)).body.code, 'invalid_transition');
    await f.sql("update posts set state = 'published' where id = $1", [postId]);
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/submit`)).body.code, 'invalid_transition');
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' })).body.code, 'invalid_transition');
  });

  it('refuses steps naming non-members, members who cannot approve, or another workspace channel', async () => {
    const stranger = '00000000-0000-4000-8000-000000000001';
    const smmId = await f.userId('smm@example.com');
    for (const steps of [
      [{ channelId: null, name: 'x', mode: 'any', approverIds: [stranger] }],
      [{ channelId: null, name: 'x', mode: 'any', approverIds: [smmId] }],
      [{ channelId: stranger, name: 'x', mode: 'any', approverIds: [anna.id] }],
    ]) {
      const res = await f.owner.put(`${f.base}/approval-steps`, { steps });
      assert.deepEqual([res.status, res.body.code], [400, 'validation_failed']);
    }
    assert.equal((await manager.put(`${f.base}/approval-steps`, { steps: [] })).status, 403, 'approvals.manage');
    assert.equal((await f.owner.get(`${f.base}/approval-steps`)).body.items.length, 2, 'unchanged');
  });

  it('keeps the steps of a post when they are replaced with their ids, and audits every move', async () => {
    const steps = (await f.owner.get(`${f.base}/approval-steps`)).body.items;
    const kept = await f.owner.put(`${f.base}/approval-steps`, { steps: steps.map((s: Record<string, unknown>) => ({ id: s.id, channelId: s.channelId, name: `${s.name}!`, mode: s.mode, approverIds: s.approverIds })) });
    assert.deepEqual(kept.body.items.map((s: { id: string }) => s.id), steps.map((s: { id: string }) => s.id));
    const actions = await f.sql<{ action: string }>("select distinct action from audit_entries where workspace_id = $1 and (action like 'post.%' or action like 'approval_steps.%') order by action", [f.workspaceId]);
    assert.deepEqual(actions.map((a) => a.action).filter((a) => !a.startsWith('post.create')), ['approval_steps.update', 'post.approve', 'post.request_changes', 'post.schedule', 'post.submit']);
    assert.equal((await f.owner.put(`${f.base}/approval-steps`, { steps: [] })).body.items.length, 0);
  });

  it('asks an approved post to be submitted again when a step is added after its approval', async () => {
    const postId = await f.compose([other]);
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/submit`)).body.state, 'approved');
    await f.owner.put(`${f.base}/approval-steps`, { steps: [{ channelId: other, name: 'New', mode: 'any', approverIds: [anna.id] }] });
    const refused = await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' });
    assert.equal(refused.body.code, 'approval_required');
    assert.match(refused.body.detail, /submit it again/);
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/submit`)).body.state, 'in_review');
    assert.equal((await anna.client.post(`${f.base}/posts/${postId}/approve`, {})).body.state, 'approved');
    assert.equal((await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: '2026-03-22T10:00:00Z' })).body.state, 'scheduled');
  });

  it("keeps another workspace's channels and posts out of reach", async () => {
    const otherWorkspace = (await f.owner.post('/api/v1/workspaces', { name: 'Elsewhere' })).body.id;
    const foreignChannel = (await insertTestChannel(f.t.database.db, { workspaceId: otherWorkspace, displayName: 'Foreign' })).id;
    const foreignPost = (await f.owner.post(`/api/v1/workspaces/${otherWorkspace}/posts`, { text: 'Theirs', targets: [{ channelId: foreignChannel }] })).body.id;
    const steps = await f.owner.put(`${f.base}/approval-steps`, { steps: [{ channelId: foreignChannel, name: 'x', mode: 'any', approverIds: [f.ownerId] }] });
    assert.equal(steps.body.code, 'validation_failed');
    assert.equal((await f.owner.get(`${f.base}/channels/${foreignChannel}/queue-slots`)).status, 404);
    assert.equal((await f.owner.put(`${f.base}/channels/${foreignChannel}/queue-slots`, { slots: [] })).status, 404);
    assert.equal((await f.owner.get(`${f.base}/queue/free-slots?from=2026-03-21T00:00:00Z&to=2026-03-22T00:00:00Z&channelId=${foreignChannel}`)).status, 404);
    for (const path of ['submit', 'queue', 'unschedule', 'approvals']) {
      const res = path === 'approvals' ? await f.owner.get(`${f.base}/posts/${foreignPost}/approvals`) : await f.owner.post(`${f.base}/posts/${foreignPost}/${path}`);
      assert.equal(res.status, 404, path);
    }
    assert.equal((await f.owner.post(`${f.base}/posts/${foreignPost}/schedule`, { at: '2026-03-22T10:00:00Z' })).status, 404);
    assert.equal((await f.owner.get(`/api/v1/workspaces/${otherWorkspace}/posts/${foreignPost}`)).body.state, 'draft');
  });
});
