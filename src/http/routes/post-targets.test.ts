import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConnectorRegistry } from '../../core/channels/connector-registry.ts';
import { retryTarget } from '../../core/publishing/workflow/resolve-target.ts';
import { workflowFixture, type WorkflowFixture } from './post-workflow-fixture.ts';

type Target = { id: string; channelId: string; state: string; scheduledAt: string | null; url: string | null; externalId: string | null; errorReason: string | null; publishedAt: string | null };

describe('a person resolving a failed or needs-check post target', () => {
  let f: WorkflowFixture;
  let main: string;
  let second: string;

  before(async () => {
    f = await workflowFixture('2026-03-20T12:00:00Z');
    main = await f.channel('Main');
    second = await f.channel('Second');
  });
  after(() => f.t.close());

  const targetPath = (postId: string, targetId: string, action: string) => `${f.base}/posts/${postId}/targets/${targetId}/${action}`;
  const targetsOf = async (postId: string): Promise<Target[]> => (await f.owner.get(`${f.base}/posts/${postId}`)).body.targets;

  /** A scheduled post whose targets the engine then left in the given states (as it would). */
  async function settled(states: string[]): Promise<{ postId: string; targets: Target[] }> {
    const postId = await f.compose([main, second].slice(0, states.length));
    const res = await f.owner.post(`${f.base}/posts/${postId}/schedule`, { at: new Date(f.clock.now().getTime() + 3_600_000).toISOString() });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    for (const [i, t] of (res.body.targets as Target[]).entries()) {
      const state = states[i]!;
      await f.sql(
        `update post_targets set state = $2, attempts = 5, outcome_unknown_since = case when $2 = 'needs_check' then now() end,
           error_kind = case when $2 in ('failed', 'needs_check') then 'transient' end, error_reason = case when $2 in ('failed', 'needs_check') then 'Timed out' end,
           external_id = case when $2 = 'published' then 'ext-1' end, published_at = case when $2 = 'published' then now() end where id = $1`,
        [t.id, state],
      );
    }
    const post = states.includes('needs_check') ? 'needs_check' : states.includes('failed') ? 'failed' : 'published';
    await f.sql('update posts set state = $2 where id = $1', [postId, post]);
    return { postId, targets: await targetsOf(postId) };
  }
  const auditOf = async (targetId: string, action: string) =>
    f.sql<{ before: Record<string, unknown>; after: Record<string, unknown> }>('select before, after from audit_entries where workspace_id = $1 and action = $2 and target_id = $3', [f.workspaceId, action, targetId]);
  const stateOf = async (postId: string) => (await f.owner.get(`${f.base}/posts/${postId}`)).body.state;

  it('marks a needs-check target published with the URL the person found, and the post follows', async () => {
    const { postId, targets } = await settled(['needs_check']);
    f.clock.set('2026-03-20T14:00:00Z');
    const res = await f.owner.post(targetPath(postId, targets[0]!.id, 'mark-published'), { url: 'https://social.example/@main/1' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.state, 'published');
    const [t] = res.body.targets as Target[];
    assert.deepEqual([t!.state, t!.url, t!.externalId, t!.errorReason, t!.publishedAt], ['published', 'https://social.example/@main/1', null, null, '2026-03-20T14:00:00.000Z']);
    const [audit] = await auditOf(t!.id, 'post.target_mark_published');
    assert.deepEqual([audit!.before.state, audit!.after.state, audit!.after.url], ['needs_check', 'published', 'https://social.example/@main/1']);
    const again = await f.owner.post(targetPath(postId, t!.id, 'mark-published'), { url: 'https://social.example/@main/1' });
    assert.deepEqual([again.status, again.body.code], [409, 'invalid_transition']);
  });

  it('refuses a URL that is not http(s)', async () => {
    const { postId, targets } = await settled(['failed']);
    for (const url of ['javascript:alert(1)', 'not a url']) {
      const res = await f.owner.post(targetPath(postId, targets[0]!.id, 'mark-published'), { url });
      assert.deepEqual([res.status, res.body.code], [400, 'validation_failed'], url);
    }
    assert.equal((await targetsOf(postId))[0]!.state, 'failed');
  });

  it('publishes a failed target again: due now, attempts and the unknown outcome reset, the post scheduled', async () => {
    const { postId, targets } = await settled(['failed', 'published']);
    f.clock.set('2026-03-20T16:00:00Z');
    const res = await f.owner.post(targetPath(postId, targets[0]!.id, 'retry'), {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.state, 'scheduled', 'the other target is published: nothing failed is left');
    const [row] = await f.sql<{ state: string; scheduled_at: Date; attempts: number; outcome_unknown_since: Date | null; error_reason: string | null }>(
      'select state, scheduled_at, attempts, outcome_unknown_since, error_reason from post_targets where id = $1',
      [targets[0]!.id],
    );
    assert.deepEqual([row!.state, row!.scheduled_at.toISOString(), row!.attempts, row!.outcome_unknown_since, row!.error_reason], ['scheduled', '2026-03-20T16:00:00.000Z', 0, null, null]);
    assert.equal((await targetsOf(postId))[1]!.state, 'published', 'the sibling is untouched');
    const [audit] = await auditOf(targets[0]!.id, 'post.target_retry');
    assert.deepEqual([audit!.before.state, audit!.before.errorReason, audit!.after.state], ['failed', 'Timed out', 'scheduled']);

    const twice = await f.owner.post(targetPath(postId, targets[0]!.id, 'retry'), {});
    assert.deepEqual([twice.status, twice.body.code], [409, 'invalid_transition']);
    const published = await f.owner.post(targetPath(postId, targets[1]!.id, 'retry'), {});
    assert.deepEqual([published.status, published.body.code], [409, 'invalid_transition'], 'a published target is never published again');
  });

  it('retries a needs-check target, keeping the post failed while a sibling still is', async () => {
    const { postId, targets } = await settled(['needs_check', 'failed']);
    const res = await f.owner.post(targetPath(postId, targets[0]!.id, 'retry'), {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.state, 'failed');
    const [row] = await f.sql<{ outcome_unknown_since: Date | null }>('select outcome_unknown_since from post_targets where id = $1', [targets[0]!.id]);
    assert.equal(row!.outcome_unknown_since, null, 'a person confirmed it is not on the network: no read-back first');
  });

  it('hands the target to the job queue when there is one', async () => {
    const { postId, targets } = await settled(['failed']);
    const queued: { id: string; scheduledAt: Date }[][] = [];
    const ctx = { db: f.t.database.db, clock: f.clock, actor: { type: 'user' as const, id: f.ownerId, label: 'owner' }, workspaceId: f.workspaceId, role: 'owner' as const, config: f.t.runtime.config, connectors: defaultConnectorRegistry, queuePublish: async (t: { id: string; scheduledAt: Date }[]) => void queued.push(t) };
    await retryTarget(ctx, { postId, targetId: targets[0]!.id });
    assert.deepEqual(queued, [[{ id: targets[0]!.id, scheduledAt: f.clock.now() }]]);
  });

  it('refuses with approval_required when the post is no longer approved under the current steps', async () => {
    const { postId, targets } = await settled(['failed']);
    const steps = await f.owner.put(`${f.base}/approval-steps`, { steps: [{ channelId: null, name: 'Client', mode: 'any', approverIds: [f.ownerId] }] });
    assert.equal(steps.status, 200, JSON.stringify(steps.body));
    try {
      const res = await f.owner.post(targetPath(postId, targets[0]!.id, 'retry'), {});
      assert.deepEqual([res.status, res.body.code], [422, 'approval_required']);
      assert.equal((await targetsOf(postId))[0]!.state, 'failed');
      // Marking published needs no approval: the post is already out.
      assert.equal((await f.owner.post(targetPath(postId, targets[0]!.id, 'mark-published'), { url: 'https://social.example/2' })).status, 200);
    } finally {
      await f.owner.put(`${f.base}/approval-steps`, { steps: [] });
    }
  });

  it("answers 404 for a target of another post, an unknown one, and an unknown post", async () => {
    const a = await settled(['failed']);
    const b = await settled(['failed']);
    for (const path of [targetPath(a.postId, b.targets[0]!.id, 'retry'), targetPath(a.postId, '00000000-0000-4000-8000-000000000000', 'retry'), targetPath('00000000-0000-4000-8000-000000000000', a.targets[0]!.id, 'mark-published')]) {
      const res = await f.owner.post(path, path.endsWith('retry') ? {} : { url: 'https://social.example/3' });
      assert.equal(res.status, 404, path);
    }
    assert.equal((await targetsOf(b.postId))[0]!.state, 'failed');
    assert.equal(await stateOf(b.postId), 'failed');
  });

  it('is refused to an analyst, who may only read posts', async () => {
    const { postId, targets } = await settled(['failed']);
    const { client } = await f.t.addMember(f.owner, f.workspaceId, 'analyst@example.com', 'analyst');
    const res = await client.post(targetPath(postId, targets[0]!.id, 'retry'), {});
    assert.deepEqual([res.status, res.body.code], [403, 'forbidden']);
  });
});
