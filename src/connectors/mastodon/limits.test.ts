// Instance limits are read from GET /api/v2/instance and are the ones the instance enforces;
// Mastodon's counting (links = 23, remote mentions = "@user") agrees with the instance.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { measure } from '../sdk/counting/index.ts';
import type { AccountLimits } from '../sdk/limits.ts';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';
import { defaultLimits } from './limits.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

describe('Mastodon instance limits', () => {
  let h: Instance;
  before(async () => {
    h = await startInstance();
    h.network.setInstance({
      statuses: { max_characters: 100, max_media_attachments: 6, characters_reserved_per_url: 23 },
      media_attachments: { supported_mime_types: ['image/png', 'video/mp4', 'not a type'], image_size_limit: 10_000_000, video_size_limit: 40_000_000 },
    });
  });
  after(() => h.network.close());

  const publish = (text: string) => mastodon.publish!(h.ctx, { idempotencyKey: randomUUID(), text, media: [], settings: { visibility: 'public', sensitive: false } });
  const read = async (): Promise<AccountLimits> => {
    const limits = await mastodon.readLimits!(h.ctx);
    assert.ok(limits.ok);
    return limits.value;
  };

  it('reads length, attachments, types and sizes from the instance', async () => {
    const limits = await read();
    assert.deepEqual(limits.text, { maxLength: 100, countingRule: 'mastodon' });
    // Malformed MIME types are dropped; one size per item: the larger of image and video.
    assert.deepEqual(limits.media, { maxItems: 6, mimeTypes: ['image/png', 'video/mp4'], maxBytesPerItem: 40_000_000 });
    assert.deepEqual(limits.rateLimits, defaultLimits.rateLimits);
  });

  it('the read limit is the one the instance enforces', async () => {
    const { maxLength, countingRule } = (await read()).text;
    const fits = 'a'.repeat(maxLength);
    assert.equal(measure(countingRule, fits, maxLength).ok, true);
    assert.equal((await publish(fits)).ok, true);
    const tooLong = `${fits}!`;
    assert.equal(measure(countingRule, tooLong, maxLength).ok, false);
    const refused = await publish(tooLong);
    assert.deepEqual(!refused.ok && refused.error, { kind: 'rejected', reason: 'Validation failed: Text character limit of 100 exceeded', code: 'http_422' });
  });

  it('long links count 23 and remote mentions count their username: a text far over 100 raw characters fits', async () => {
    const { maxLength, countingRule } = (await read()).text;
    const longUrl = `https://example.com/${'path/'.repeat(30)}end`;
    const text = `@someone@a-very-long-instance-name.example.social look ${longUrl} and ${longUrl}.`;
    assert.ok(text.length > 300);
    const m = measure(countingRule, text, maxLength);
    assert.equal(m.used, '@someone look '.length + 23 + ' and '.length + 23 + 1);
    assert.equal(m.ok, true);
    assert.equal((await publish(text)).ok, true);
  });

  it('an instance that says nothing about its configuration keeps the stock limits', async () => {
    h.network.setInstance({});
    assert.deepEqual(await read(), defaultLimits);
  });
});
