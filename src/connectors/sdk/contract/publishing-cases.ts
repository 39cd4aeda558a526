// Contract cases for publish, idempotency, thread, media and metrics.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Connector } from '../manifest.ts';
import { hasCapability } from '../manifest.ts';
import type { Published, PublishInput } from '../operations.ts';
import type { Result } from '../result.ts';
import type { ContractHarness } from './harness.ts';
import { onePixelPng } from './sample-media.ts';

export function valueOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) assert.fail(`${what} failed: ${result.error.kind} (${result.error.reason})`);
  return result.value;
}

export function publishWith(h: ContractHarness, input: Partial<PublishInput<unknown>> = {}): Promise<Result<Published>> {
  const publish = h.connector.publish;
  assert.ok(publish, 'publish() is missing');
  return publish.call(h.connector, h.ctx, {
    idempotencyKey: randomUUID(),
    text: `contract post ${randomUUID().slice(0, 8)}`,
    media: [],
    settings: h.settings,
    ...input,
  });
}

export function registerPublishingCases(connector: Connector, harness: () => ContractHarness): void {
  const declared = (c: Parameters<typeof hasCapability>[1]) => hasCapability(connector, c);
  if (declared('publish')) {
    it('publish: stores the post on the network and returns its id and URL', async () => {
      const h = harness();
      const text = `hello from the contract ${randomUUID().slice(0, 8)}`;
      const published = valueOf(await publishWith(h, { text }), 'publish');
      assert.ok(published.externalId.length > 0);
      assert.ok(URL.canParse(published.url), `not a URL: ${published.url}`);
      assert.equal((await h.network.findPost(published.externalId))?.text, text);
    });

    if (connector.manifest.publishIdempotency === 'native') {
      it('publish: the same idempotency key twice yields one post', async () => {
        const h = harness();
        const input = { idempotencyKey: randomUUID(), text: `once only ${randomUUID().slice(0, 8)}` };
        const first = valueOf(await publishWith(h, input), 'first publish');
        const second = valueOf(await publishWith(h, input), 'second publish');
        assert.equal(second.externalId, first.externalId);
        assert.equal(await h.network.countPosts(input.text), 1);
      });
    }

    if (connector.lookupPublished) {
      it('publish: read-back finds a published post by its key and text, and nothing for an unused key', async () => {
        const h = harness();
        const since = new Date(Date.now() - 60_000);
        const input = { idempotencyKey: randomUUID(), text: `find me ${randomUUID().slice(0, 8)}` };
        const published = valueOf(await publishWith(h, input), 'publish');
        const found = valueOf(await connector.lookupPublished!(h.ctx, { ...input, since }), 'lookup');
        assert.equal(found?.externalId, published.externalId);
        const missing = valueOf(await connector.lookupPublished!(h.ctx, { idempotencyKey: randomUUID(), text: 'never posted', since }), 'lookup');
        assert.equal(missing, null);
      });
    }
  }

  if (declared('thread')) {
    it('thread: a post published with replyTo continues the earlier one', async () => {
      const h = harness();
      const first = valueOf(await publishWith(h, { text: 'thread 1/2' }), 'first post');
      const second = valueOf(await publishWith(h, { text: 'thread 2/2', replyTo: first.externalId }), 'second post');
      assert.equal((await h.network.findPost(second.externalId))?.replyTo, first.externalId);
    });
  }

  if (declared('media')) {
    it('media: a post with an image carries it', async () => {
      const h = harness();
      const published = valueOf(await publishWith(h, { media: [h.sampleMedia ?? onePixelPng] }), 'publish with media');
      assert.equal((await h.network.findPost(published.externalId))?.mediaCount, 1);
    });
  }

  if (declared('metrics') && declared('publish')) {
    it('metrics: reads counts under the standard names', async () => {
      const h = harness();
      const published = valueOf(await publishWith(h), 'publish');
      await h.network.setMetrics(published.externalId, { likes: 3, reposts: 2, replies: 1 });
      const [metrics] = valueOf(await connector.fetchMetrics!(h.ctx, { externalIds: [published.externalId] }), 'metrics');
      assert.equal(metrics?.externalId, published.externalId);
      assert.deepEqual({ likes: metrics?.counts.likes, reposts: metrics?.counts.reposts, replies: metrics?.counts.replies }, { likes: 3, reposts: 2, replies: 1 });
    });
  }
}
