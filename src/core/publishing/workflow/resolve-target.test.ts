import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConnectorRegistry } from '../../channels/connector-registry.ts';
import { publishTarget } from '../engine/publish-target.ts';
import { createEngineHarness, type EngineHarness } from '../engine/testing/engine-harness.ts';
import { readTarget, seedTargets } from '../engine/testing/seed-targets.ts';
import { markTargetPublished, retryTarget } from './resolve-target.ts';
import type { WorkflowCtx } from './workflow-ctx.ts';

// Through the real engine and a loopback network: what the engine left failed or needing a check
// is resolved by a person, and the engine then does (or does not) publish it.
describe('resolving a target the engine gave up on', () => {
  let h: EngineHarness;
  before(async () => {
    h = await createEngineHarness();
  });
  after(() => h.close());

  const seed = async (network: string) => {
    const s = await seedTargets(h.database, { network, baseUrl: h.network.baseUrl, host: h.network.host, posts: 1, dueAt: new Date(h.ctx.clock.now().getTime() - 1000) });
    const ctx: WorkflowCtx = { db: h.ctx.db, clock: h.ctx.clock, actor: { type: 'system', id: null, label: 'resolve test' }, workspaceId: s.workspaceId, role: 'owner', connectors: defaultConnectorRegistry };
    return { ctx, ref: { postId: s.postIds[0]!, targetId: s.targetIds[0]! } };
  };
  const postState = async (postId: string) => (await h.database.query<{ state: string }>('select state from posts where id = $1', [postId]))[0]!.state;
  const sent = (key: string) => h.network.countsByKey().get(key) ?? 0;

  it('publishes a refused target again once retried, and the post ends published', async () => {
    const { ctx, ref } = await seed('publish-read-back');
    h.network.fault({ kind: 'rejected', reason: 'Try later' });
    assert.equal(await publishTarget(h.ctx, { targetId: ref.targetId }), 'failed');
    assert.equal(await publishTarget(h.ctx, { targetId: ref.targetId }), 'not_claimed', 'failed stays failed by itself');

    const queued: string[] = [];
    const view = await retryTarget({ ...ctx, queuePublish: async (targets) => void queued.push(...targets.map((t) => t.id)) }, ref);
    assert.deepEqual([view.state, queued], ['scheduled', [ref.targetId]]);
    assert.equal(await publishTarget(h.ctx, { targetId: ref.targetId }), 'published');
    const row = await readTarget(h.database, ref.targetId);
    assert.deepEqual([row.state, row.attempts, row.error_reason], ['published', 1, null]);
    assert.equal(sent(row.idempotency_key), 1);
    assert.equal(await postState(ref.postId), 'published');
  });

  it('marks a needs-check target published without sending anything more', async () => {
    const { ctx, ref } = await seed('publish-unverifiable');
    h.network.fault({ kind: 'stored_then_503' });
    assert.equal(await publishTarget(h.ctx, { targetId: ref.targetId }), 'needs_check');
    const key = (await readTarget(h.database, ref.targetId)).idempotency_key;

    const view = await markTargetPublished(ctx, ref, { url: `${h.network.baseUrl}/found` });
    assert.equal(view.state, 'published');
    assert.equal(await publishTarget(h.ctx, { targetId: ref.targetId }), 'not_claimed');
    assert.equal(sent(key), 1, 'the one post the network stored');
    assert.equal((await readTarget(h.database, ref.targetId)).state, 'published');
  });
});
