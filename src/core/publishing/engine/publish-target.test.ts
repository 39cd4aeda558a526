import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { claimTarget } from '../../../db/queries/post-targets.ts';
import { newId } from '../../shared/ids.ts';
import { publishTarget } from './publish-target.ts';
import { createEngineHarness, type EngineHarness } from './testing/engine-harness.ts';
import { readTarget, seedTargets } from './testing/seed-targets.ts';

describe('publishing engine: one attempt per claim, every outcome', () => {
  let h: EngineHarness;
  before(async () => {
    h = await createEngineHarness();
  });
  after(() => h.close());

  const seed = async (network: string, extra: { thread?: { text: string; mediaIds: string[] }[]; firstComment?: string } = {}) => {
    const s = await seedTargets(h.database, { network, baseUrl: h.network.baseUrl, host: h.network.host, posts: 1, dueAt: new Date(h.ctx.clock.now().getTime() - 1000), ...extra });
    return { ...s, targetId: s.targetIds[0]!, postId: s.postIds[0]! };
  };
  const postState = async (postId: string) => (await h.database.query<{ state: string }>('select state from posts where id = $1', [postId]))[0]!.state;
  const postsFor = (key: string) => h.network.countsByKey().get(key) ?? 0;

  it('publishes a due target once and records the hand-off, the activity and the audit entry', async () => {
    const { targetId, postId, channelIds } = await seed('publish-read-back');
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    const row = await readTarget(h.database, targetId);
    assert.equal(row.state, 'published');
    assert.match(row.external_id ?? '', /^p\d+$/);
    assert.equal(postsFor(row.idempotency_key), 1);
    const [t] = await h.database.query<{ published_at: Date; watch_replies_until: Date; url: string }>('select published_at, watch_replies_until, url from post_targets where id = $1', [targetId]);
    assert.equal(new Date(t!.watch_replies_until).getTime() - new Date(t!.published_at).getTime(), 14 * 24 * 3600 * 1000);
    assert.ok(t!.url.startsWith(h.network.baseUrl));
    assert.equal(await postState(postId), 'published');
    const activity = await h.database.query<{ type: string; external_id: string }>('select type, external_id from activities where channel_id = $1', [channelIds[0]]);
    assert.deepEqual(activity, [{ type: 'published', external_id: row.external_id }]);
    const audit = await h.database.query<{ action: string }>('select action from audit_entries where target_id = $1', [targetId]);
    assert.deepEqual(audit.map((a) => a.action), ['post_target.published']);
    // Run again (a duplicate job): nothing to claim, nothing sent.
    assert.equal(await publishTarget(h.ctx, { targetId }), 'not_claimed');
    assert.equal(postsFor(row.idempotency_key), 1);
  });

  it('lets exactly one of many concurrent claimers win, and one of two concurrent attempts publish', async () => {
    const { targetId } = await seed('publish-read-back');
    const now = h.ctx.clock.now();
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimTarget(h.database.db, { targetId, token: newId(), now, leaseSeconds: 10 })));
    assert.equal(claims.filter(Boolean).length, 1);
    assert.equal((await readTarget(h.database, targetId)).attempts, 1);

    const other = await seed('publish-read-back');
    const results = await Promise.all([publishTarget(h.ctx, { targetId: other.targetId }), publishTarget(h.ctx, { targetId: other.targetId })]);
    assert.deepEqual(results.sort(), ['not_claimed', 'published']);
    assert.equal(postsFor((await readTarget(h.database, other.targetId)).idempotency_key), 1);
  });

  it("a refused post fails with the network's reason and the people are notified", async () => {
    const { targetId, postId } = await seed('publish-read-back');
    h.network.fault({ kind: 'rejected', reason: 'Text contains a banned word' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'failed');
    const row = await readTarget(h.database, targetId);
    assert.equal(row.state, 'failed');
    assert.equal(row.error_kind, 'rejected');
    assert.equal(row.error_reason, 'Text contains a banned word');
    assert.equal(await postState(postId), 'failed');
    assert.ok(h.notified.includes(targetId));
  });

  it('expired credentials fail the target and mark the channel needs_reconnect', async () => {
    const { targetId, channelIds } = await seed('publish-read-back');
    h.network.fault({ kind: 'auth_expired' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'failed');
    assert.equal((await readTarget(h.database, targetId)).error_kind, 'auth_expired');
    const [channel] = await h.database.query<{ health: string }>('select health from channels where id = $1', [channelIds[0]]);
    assert.equal(channel!.health, 'needs_reconnect');
  });

  it('a rate limit puts the target back at now + Retry-After, without counting the attempt', async () => {
    const { targetId } = await seed('publish-read-back');
    h.network.fault({ kind: 'rate_limited', retryAfterSeconds: 120 });
    const before = h.ctx.clock.now().getTime();
    assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
    const row = await readTarget(h.database, targetId);
    assert.equal(row.state, 'scheduled');
    assert.equal(row.attempts, 0);
    assert.equal(row.outcome_unknown_since, null, 'a 429 means nothing was posted');
    const delay = new Date(row.scheduled_at).getTime() - before;
    assert.ok(delay >= 119_000 && delay <= 122_000, `retry in ${delay} ms`);
    assert.ok(h.requeued.some((r) => r.id === targetId && r.scheduledAt.getTime() === new Date(row.scheduled_at).getTime()));
    assert.equal(await publishTarget(h.ctx, { targetId }), 'not_claimed', 'not due yet');
  });

  it('after an ambiguous failure, looks on the network first and does not post again when it is there', async () => {
    const { targetId } = await seed('publish-read-back');
    h.network.fault({ kind: 'stored_then_503' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
    const pending = await readTarget(h.database, targetId);
    assert.ok(pending.outcome_unknown_since, 'the outcome is unknown');
    assert.equal(postsFor(pending.idempotency_key), 1, 'the network stored it');
    h.advance(5_000);
    const lookups = h.network.lookups;
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    assert.equal(h.network.lookups, lookups + 1, 'one read-back before anything else');
    assert.equal(postsFor(pending.idempotency_key), 1, 'no second post');
    const row = await readTarget(h.database, targetId);
    assert.equal(row.external_id, h.network.posts.find((p) => p.key === row.idempotency_key)!.id);
  });

  it('after an ambiguous failure where the post is not there, publishes it after the read-back', async () => {
    const { targetId } = await seed('publish-read-back');
    h.network.fault({ kind: 'transient' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
    h.advance(5_000);
    const lookups = h.network.lookups;
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    assert.equal(h.network.lookups, lookups + 1);
    assert.equal(postsFor((await readTarget(h.database, targetId)).idempotency_key), 1);
  });

  it('a failing read-back does not publish: the target waits for the next attempt', async () => {
    const { targetId } = await seed('publish-read-back');
    h.network.fault({ kind: 'stored_then_503' });
    await publishTarget(h.ctx, { targetId });
    h.advance(5_000);
    h.network.fault({ kind: 'lookup_down' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
    const key = (await readTarget(h.database, targetId)).idempotency_key;
    assert.equal(postsFor(key), 1);
    h.advance(10_000);
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    assert.equal(postsFor(key), 1);
  });

  it('a network that cannot be asked (unverifiable) sends an ambiguous outcome to needs_check', async () => {
    const { targetId, postId } = await seed('publish-unverifiable');
    h.network.fault({ kind: 'stored_then_503' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'needs_check');
    const row = await readTarget(h.database, targetId);
    assert.equal(row.state, 'needs_check');
    assert.match(row.error_reason ?? '', /check the channel/);
    assert.equal(await postState(postId), 'needs_check');
    assert.ok(h.notified.includes(targetId));
    h.advance(60_000);
    assert.equal(await publishTarget(h.ctx, { targetId }), 'not_claimed', 'never retried by itself');
    assert.equal(postsFor(row.idempotency_key), 1);
  });

  it('a network that deduplicates on the key (native) is retried directly, without a read-back', async () => {
    const { targetId } = await seed('publish-native');
    h.network.dedupe = true;
    try {
      h.network.fault({ kind: 'stored_then_503' });
      assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
      h.advance(5_000);
      const lookups = h.network.lookups;
      assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
      assert.equal(h.network.lookups, lookups, 'no read-back');
      assert.equal(postsFor((await readTarget(h.database, targetId)).idempotency_key), 1);
    } finally {
      h.network.dedupe = false;
    }
  });

  it('gives up after the last attempt, in needs_check since the post might be out', async () => {
    const { targetId } = await seed('publish-read-back');
    const max = h.ctx.options.maxAttempts;
    for (let i = 1; i <= max; i++) {
      h.network.fault({ kind: 'transient' });
      assert.equal(await publishTarget(h.ctx, { targetId }), i < max ? 'retry' : 'needs_check', `attempt ${i}`);
      h.advance(60_000);
    }
    const row = await readTarget(h.database, targetId);
    assert.equal(row.attempts, max);
    assert.match(row.error_reason ?? '', new RegExp(`after ${max} attempts`));
  });

  it('sends the text with its links rendered for the channel (renderLinks), once, after a retry', async () => {
    const { targetId, postId } = await seed('publish-read-back');
    await h.database.query("update posts set text = 'Read https://example.com/launch now' where id = $1", [postId]);
    h.network.fault({ kind: 'transient' });
    assert.equal(await publishTarget(h.ctx, { targetId }), 'retry');
    h.advance(5_000);
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    const key = (await readTarget(h.database, targetId)).idempotency_key;
    const sent = h.network.posts.filter((p) => p.key === key);
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.text, /^Read \S+utm_source=publish-read-back\S* now$/);
  });

  it('a disconnected channel fails the target before any network call', async () => {
    const { targetId, channelIds } = await seed('publish-read-back');
    await h.database.query("update channels set status = 'disconnected' where id = $1", [channelIds[0]]);
    const sent = h.network.posts.length;
    assert.equal(await publishTarget(h.ctx, { targetId }), 'failed');
    assert.match((await readTarget(h.database, targetId)).error_reason ?? '', /disconnected/);
    assert.equal(h.network.posts.length, sent);
  });
});
