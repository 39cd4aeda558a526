// The Bluesky connector against the AT Protocol reference implementation on loopback: the shared
// contract suite (errors through the failing proxy), then what the suite does not cover. One
// dev-env network for the whole file. Skips, saying why, where PostgreSQL or Redis is missing.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AtUri } from '@atproto/api';
import type { AppBskyFeedPost } from '@atproto/api';
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { onePixelPng } from '../sdk/contract/sample-media.ts';
import { valueOf } from '../sdk/contract/publishing-cases.ts';
import type { Result } from '../sdk/result.ts';
import { blueskyConnector as bluesky } from './index.ts';
import { fetchAccountMetrics } from './metrics.ts';
import { startDevEnv } from './test-support/dev-env.ts';
import { devEnvServices } from './test-support/services.ts';

const services = await devEnvServices();

const errorOf = (result: Result<unknown>) => (result.ok ? assert.fail('expected a failure') : result.error);

if (!services.ok) {
  it('Bluesky connector against the AT Protocol dev-env', { skip: services.reason }, () => {});
} else {
  const env = await startDevEnv(services);
  after(() => env.close());
  const { alice, bob, network } = env;
  const ctx = env.harness().ctx;
  const record = async (uri: string) => {
    const u = new AtUri(uri);
    return (await alice.agent.com.atproto.repo.getRecord({ repo: u.host, collection: u.collection, rkey: u.rkey })).data.value as AppBskyFeedPost.Record;
  };
  const publish = (text: string, more: { media?: typeof onePixelPng[]; replyTo?: string; idempotencyKey?: string; langs?: string[] } = {}) =>
    bluesky.publish!(ctx, {
      idempotencyKey: more.idempotencyKey ?? randomUUID(),
      text,
      media: more.media ?? [],
      settings: more.langs ? { langs: more.langs } : {},
      ...(more.replyTo ? { replyTo: more.replyTo } : {}),
    });

  runContractSuite('bluesky (dev-env)', async () => env.harness());

  describe('bluesky on the dev-env', () => {
    it('says whose account the app password opens, and keeps the session it created', async () => {
      const fresh = env.context();
      assert.deepEqual(valueOf(await bluesky.identify!(fresh), 'identify'), { accountId: alice.did, handle: alice.handle, profileUrl: 'https://bsky.app/profile/alice.test' });
      assert.equal(fresh.saved.length, 1, 'the new session was not saved');
      await bluesky.identify!(fresh);
      assert.equal(fresh.saved.length, 1, 'a second call logged in again instead of using the saved session');
    });

    it('turns mentions, links and hashtags into facets with byte offsets; an unknown handle stays plain text', async () => {
      const text = `Café ☕ with @${bob.handle} and @nobody.test, see https://example.com/a. #tandem`;
      const published = valueOf(await publish(text), 'publish');
      const facets = (await record(published.externalId)).facets ?? [];
      const bytes = Buffer.from(text);
      const slices = facets.map((f) => [bytes.subarray(f.index.byteStart, f.index.byteEnd).toString(), f.features[0]?.$type]);
      assert.deepEqual(slices, [
        [`@${bob.handle}`, 'app.bsky.richtext.facet#mention'],
        ['https://example.com/a', 'app.bsky.richtext.facet#link'],
        ['#tandem', 'app.bsky.richtext.facet#tag'],
      ]);
      assert.equal((facets[0]?.features[0] as { did?: string }).did, bob.did);
      await network.processAll();
      const { data } = await bob.agent.app.bsky.notification.listNotifications({ reasons: ['mention'] });
      assert.ok(data.notifications.some((n) => n.uri === published.externalId), 'bob was not notified of the mention');
    });

    it('sends images with their alt text, and refuses what Bluesky would refuse before sending', async () => {
      const images = [onePixelPng, { ...onePixelPng, altText: 'A second pixel' }];
      const published = valueOf(await publish('two images', { media: images }), 'publish');
      const embed = (await record(published.externalId)).embed as { images: Array<{ alt: string; image: { mimeType: string } }> };
      assert.deepEqual(embed.images.map((i) => [i.alt, i.image.mimeType]), [['A single pixel', 'image/png'], ['A second pixel', 'image/png']]);

      assert.equal(errorOf(await publish('five', { media: Array(5).fill(onePixelPng) })).kind, 'rejected');
      assert.equal(errorOf(await publish('big', { media: [{ ...onePixelPng, bytes: new Uint8Array(2_000_001) }] })).kind, 'rejected');
      assert.match(errorOf(await publish('a'.repeat(301))).reason, /301 characters; Bluesky allows 300/);
    });

    it("passes on the network's own refusal with its reason", async () => {
      const error = errorOf(await publish('bad language tag', { langs: ['not a language'] }));
      assert.equal(error.kind, 'rejected');
      assert.match(error.reason, /langs/);
    });

    it('keeps the first post as the root of a longer thread', async () => {
      const first = valueOf(await publish('thread 1/3'), '1/3');
      const second = valueOf(await publish('thread 2/3', { replyTo: first.externalId }), '2/3');
      const third = valueOf(await publish('thread 3/3', { replyTo: second.externalId }), '3/3');
      const reply = (await record(third.externalId)).reply;
      assert.deepEqual([reply?.root.uri, reply?.parent.uri], [first.externalId, second.externalId]);
    });

    it('publishes once when the answer to createRecord is lost, and refuses a key reused for other text', async () => {
      const idempotencyKey = randomUUID();
      const text = `lost answer ${randomUUID().slice(0, 8)}`;
      env.proxy.loseNextAnswer('/xrpc/com.atproto.repo.createRecord');
      const published = valueOf(await publish(text, { idempotencyKey }), 'publish with a lost answer');
      assert.equal(await env.view.countPosts(text), 1);
      assert.equal(valueOf(await publish(text, { idempotencyKey }), 'retry').externalId, published.externalId);
      assert.deepEqual(errorOf(await publish('other text', { idempotencyKey })), { kind: 'rejected', reason: 'this idempotency key was already used for another post', code: 'idempotency_conflict' });
    });

    it('brings replies and quotes into the inbox with what they answer', async () => {
      const mine = valueOf(await publish('ask me anything'), 'publish');
      // Bob answers a post he has seen, i.e. one the AppView has indexed.
      await network.processAll();
      const start = valueOf(await bluesky.fetchInbox!(ctx, { cursor: null, limit: 100 }), 'inbox');
      let cursor = start.nextCursor;
      for (let more = start.hasMore; more; ) ({ nextCursor: cursor, hasMore: more } = valueOf(await bluesky.fetchInbox!(ctx, { cursor, limit: 100 }), 'inbox'));
      const parent = (await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: new AtUri(mine.externalId).rkey })).data;
      const ref = { uri: parent.uri, cid: parent.cid! };
      const answer = await bob.agent.post({ text: 'an answer', reply: { root: ref, parent: ref } });
      const quote = await bob.agent.post({ text: 'look at this', embed: { $type: 'app.bsky.embed.record', record: ref } });
      await network.processAll();
      const page = valueOf(await bluesky.fetchInbox!(ctx, { cursor, limit: 100 }), 'inbox');
      assert.deepEqual(
        page.items.map((i) => [i.externalId, i.kind, i.inReplyTo, i.author.handle, i.text]),
        [
          [answer.uri, 'reply', mine.externalId, bob.handle, 'an answer'],
          [quote.uri, 'mention', mine.externalId, bob.handle, 'look at this'],
        ],
      );
    });

    it('counts followers', async () => {
      const before = valueOf(await fetchAccountMetrics(ctx), 'account metrics').followers ?? 0;
      await bob.agent.follow(alice.did);
      await network.processAll();
      assert.equal(valueOf(await fetchAccountMetrics(ctx), 'account metrics').followers, before + 1);
    });

    it('renews a session whose access token is refused, and saves it', async () => {
      const good = valueOf(await bluesky.refreshCredentials!(ctx), 'refresh');
      assert.ok(good.expiresAt && good.expiresAt.getTime() > Date.now() + 24 * 3600_000, 'the refresh token should last longer than a day');
      const session = JSON.parse((good.credentials as { session: string }).session) as Record<string, string>;
      const broken = env.context({ kind: 'app-password', identifier: alice.handle, password: alice.appPassword, session: JSON.stringify({ ...session, accessJwt: 'not-a-token', refreshJwt: 'not-a-token-either' }) });
      assert.equal(valueOf(await bluesky.identify!(broken), 'identify with a broken session').accountId, alice.did);
      assert.equal(broken.saved.length, 1, 'the new session was not saved');
    });

    it('is auth_expired once the app password is revoked', async () => {
      const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'revoked soon' });
      const revoked = env.context({ kind: 'app-password', identifier: alice.handle, password: data.password });
      valueOf(await bluesky.identify!(revoked), 'identify before revoking');
      await alice.agent.com.atproto.server.revokeAppPassword({ name: 'revoked soon' });
      // Access tokens are checked by signature until they expire (2 hours): let this one expire.
      const session = JSON.parse((revoked.credentials as { session: string }).session) as Record<string, string>;
      revoked.credentials = { ...revoked.credentials, session: JSON.stringify({ ...session, accessJwt: 'expired' }) } as typeof revoked.credentials;
      assert.equal(errorOf(await bluesky.identify!(revoked)).kind, 'auth_expired');
      assert.equal(errorOf(await bluesky.refreshCredentials!(revoked)).kind, 'auth_expired');
    });
  });
}
