// Publishing as the instance sees it: settings sent under Mastodon's names, the Idempotency-Key
// honoured for an hour, and read-back finding the status once the key is forgotten.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { PublishInput } from '../sdk/operations.ts';
import type { MastodonSettings } from './config.ts';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

describe('Mastodon publishing', () => {
  let h: Instance;
  before(async () => (h = await startInstance()));
  after(() => h.network.close());

  const input = (over: Partial<PublishInput<MastodonSettings>> = {}): PublishInput<MastodonSettings> => ({
    idempotencyKey: randomUUID(),
    text: `status ${randomUUID().slice(0, 8)}`,
    media: [],
    settings: { visibility: 'public', sensitive: false },
    ...over,
  });
  const lastStatusRequest = () => h.network.state.requests.filter((r) => r.path === '/api/v1/statuses').at(-1);

  it('sends visibility, content warning, sensitivity and language, and the key as Idempotency-Key', async () => {
    const key = randomUUID();
    const published = await mastodon.publish!(h.ctx, input({ idempotencyKey: key, settings: { visibility: 'unlisted', spoilerText: 'spoilers for ep. 3', sensitive: true, language: 'fr' } }));
    assert.ok(published.ok);
    const request = lastStatusRequest();
    assert.equal(request?.headers['idempotency-key'], key);
    assert.deepEqual({ ...request?.body, status: undefined }, { status: undefined, visibility: 'unlisted', spoiler_text: 'spoilers for ep. 3', sensitive: true, language: 'fr' });
    const stored = h.network.state.statuses.get(published.value.externalId)?.status;
    assert.equal(stored?.visibility, 'unlisted');
    assert.equal(stored?.spoiler_text, 'spoilers for ep. 3');
    assert.equal(published.value.url, stored?.url);
  });

  it('refuses settings Mastodon does not know, before calling the instance', async () => {
    const before = h.network.state.requests.length;
    const result = await mastodon.publish!(h.ctx, input({ settings: { visibility: 'followers' } as unknown as MastodonSettings }));
    assert.equal(!result.ok && result.error.kind, 'rejected');
    assert.equal(h.network.state.requests.length, before);
  });

  it('a thread is a chain of in_reply_to_id', async () => {
    const first = await mastodon.publish!(h.ctx, input({ text: '1/2' }));
    assert.ok(first.ok);
    const second = await mastodon.publish!(h.ctx, input({ text: '2/2', replyTo: first.value.externalId }));
    assert.ok(second.ok);
    assert.equal(lastStatusRequest()?.body.in_reply_to_id, first.value.externalId);
    assert.equal(h.network.state.statuses.get(second.value.externalId)?.status.in_reply_to_id, first.value.externalId);
  });

  it('after the key expires (one hour) a retry would post again, so read-back finds the first status', async () => {
    const since = new Date(Date.now() - 1_000);
    const text = `with a link https://example.com/${'x'.repeat(60)} and @friend@elsewhere.example, twice\n\nsecond paragraph ${randomUUID().slice(0, 8)}`;
    const first = await mastodon.publish!(h.ctx, input({ text }));
    assert.ok(first.ok);
    const sameKey = input({ text, idempotencyKey: randomUUID() });
    const again = await mastodon.publish!(h.ctx, sameKey);
    assert.ok(again.ok);
    assert.equal((await mastodon.publish!(h.ctx, sameKey)).ok && (await h.network.countPosts(text)), 2, 'within the hour the key deduplicates');

    h.network.advanceClock(61 * 60 * 1000);
    const lookup = await mastodon.lookupPublished!(h.ctx, { idempotencyKey: randomUUID(), text, since });
    assert.ok(lookup.ok);
    // The earliest matching status since `since`, although the rendered HTML differs from the text.
    assert.equal(lookup.value?.externalId, first.value.externalId);
    const retried = await mastodon.publish!(h.ctx, sameKey);
    assert.ok(retried.ok && retried.value.externalId !== again.value.externalId, 'the instance forgot the key after an hour');
  });

  it('read-back ignores statuses older than `since`', async () => {
    const text = `old news ${randomUUID().slice(0, 8)}`;
    assert.ok((await mastodon.publish!(h.ctx, input({ text }))).ok);
    const lookup = await mastodon.lookupPublished!(h.ctx, { idempotencyKey: randomUUID(), text, since: new Date(Date.now() + 3 * 60 * 60 * 1000) });
    assert.deepEqual(lookup, { ok: true, value: null });
  });
});
