import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publishTarget } from './publish-target.ts';
import { sweepPublishing } from './sweep-publishing.ts';
import { createEngineHarness, type EngineHarness } from './testing/engine-harness.ts';
import { readTarget, seedTargets } from './testing/seed-targets.ts';

const thread = [{ text: 'part two', mediaIds: [] }, { text: 'part three', mediaIds: [] }];

describe('publishing engine: threads resumed after a crash, and the sweep', () => {
  let h: EngineHarness;
  // The comment step's text rendering can be made to hang, as a worker killed between two parts.
  let hangOn: string | undefined;
  before(async () => {
    h = await createEngineHarness({
      collaborators: {
        renderText: async (_ctx, input) => {
          if (input.text === hangOn) {
            hangOn = undefined;
            await new Promise(() => {});
          }
          return input.text;
        },
      },
    });
  });
  after(() => h.close());

  const seed = async (dueAgoMs = 1000) => {
    const s = await seedTargets(h.database, { network: 'publish-read-back', baseUrl: h.network.baseUrl, host: h.network.host, posts: 1, dueAt: new Date(h.ctx.clock.now().getTime() - dueAgoMs), thread, firstComment: 'first comment' });
    return s.targetIds[0]!;
  };
  const sentFor = (key: string) => h.network.posts.filter((p) => p.key.startsWith(key));

  it('publishes the parts as replies in order and the first comment under the first post, storing every id', async () => {
    const targetId = await seed();
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    const row = await readTarget(h.database, targetId);
    const sent = sentFor(row.idempotency_key);
    assert.deepEqual(sent.map((p) => p.text), ['Post number 1', 'part two', 'part three', 'first comment']);
    assert.deepEqual(sent.map((p) => p.replyTo), [null, sent[0]!.id, sent[1]!.id, sent[0]!.id]);
    assert.equal(row.external_id, sent[0]!.id);
    assert.deepEqual(row.part_ids, sent.slice(1).map((p) => p.id));
    assert.equal(new Set(sent.map((p) => p.key)).size, 4, 'each part has its own key');
  });

  it('a worker that died between two parts: the target is reclaimed after the lease and continues after the last stored part', async () => {
    const targetId = await seed();
    hangOn = 'first comment';
    void publishTarget(h.ctx, { targetId });
    const key = (await readTarget(h.database, targetId)).idempotency_key;
    for (let i = 0; i < 100 && (await readTarget(h.database, targetId)).part_ids.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(sentFor(key).length, 3, 'post and two parts out; the comment never sent');
    assert.equal(await publishTarget(h.ctx, { targetId }), 'not_claimed', 'the live claim holds within the lease');
    h.advance((h.ctx.options.leaseSeconds + 1) * 1000);
    const lookups = h.network.lookups;
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    assert.equal(h.network.lookups, lookups, 'no call was in flight, so no read-back was needed');
    const sent = sentFor(key);
    assert.deepEqual(sent.map((p) => p.text), ['Post number 1', 'part two', 'part three', 'first comment']);
    assert.ok([...h.network.countsByKey()].filter(([k]) => k.startsWith(key)).every(([, n]) => n === 1));
    const row = await readTarget(h.database, targetId);
    assert.equal(row.attempts, 2);
    assert.deepEqual(row.part_ids, sent.slice(1).map((p) => p.id));
  });

  it("a worker that died during a part's call: the reclaim reads that part back and does not post it twice", async () => {
    const targetId = await seed();
    // The post and the first part are answered; the second is stored by the network, never answered.
    h.network.fault({ kind: 'ok' }, { kind: 'ok' }, { kind: 'stored_then_hang' });
    // A worker with no deadline to speak of, as one killed while it waits.
    const stop = new AbortController();
    const doomed = publishTarget({ ...h.ctx, options: { ...h.ctx.options, deadlineSeconds: 3600 }, signal: stop.signal }, { targetId });
    const key = (await readTarget(h.database, targetId)).idempotency_key;
    for (let i = 0; i < 100 && sentFor(key).length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    const stuck = await readTarget(h.database, targetId);
    assert.equal(stuck.part_ids.length, 1, 'only the first part is stored');
    assert.ok(stuck.outcome_unknown_since, 'the second part was in flight');
    h.advance((h.ctx.options.leaseSeconds + 1) * 1000);
    const lookups = h.network.lookups;
    assert.equal(await publishTarget(h.ctx, { targetId }), 'published');
    assert.equal(h.network.lookups, lookups + 1, 'the in-flight part was looked up first');
    const sent = sentFor(key);
    assert.deepEqual(sent.map((p) => p.text), ['Post number 1', 'part two', 'part three', 'first comment'], 'part three once, then the comment');
    assert.deepEqual((await readTarget(h.database, targetId)).part_ids, sent.slice(1).map((p) => p.id));
    // The old worker wakes up at last: its claim is gone, so it can store nothing.
    stop.abort();
    assert.equal(await doomed, 'lost_claim');
    assert.equal((await readTarget(h.database, targetId)).state, 'published');
  });

  it('the sweep finds due targets whose job was never sent and claims older than the lease', async () => {
    const lost = await seed(3 * 60 * 1000);
    const fresh = await seed(1000);
    const stale = await seed(3 * 60 * 1000);
    await h.database.query("update post_targets set state = 'publishing', attempts = 1, claim_token = 'dead', claimed_at = $2 where id = $1", [stale, new Date(h.ctx.clock.now().getTime() - 120_000)]);
    h.requeued.length = 0;
    const found = await sweepPublishing(h.ctx, { limit: 100 });
    const ids = h.requeued.map((r) => r.id);
    assert.ok(ids.includes(lost) && ids.includes(stale));
    assert.ok(!ids.includes(fresh), 'a target due a second ago still has its job coming');
    assert.ok(found.due >= 1 && found.stale >= 1);
    assert.ok(h.requeued.every((r) => r.scheduledAt instanceof Date && !Number.isNaN(r.scheduledAt.getTime())), 'times the job queue can use');
  });
});
