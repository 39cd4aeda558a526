// Media through POST /api/v2/media: alt text as `description`, and the 202 path where the
// connector polls GET /api/v1/media/:id (206 while processing) before posting.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { MediaItem } from '../sdk/operations.ts';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

const video: MediaItem = { mimeType: 'video/mp4', bytes: new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]), altText: 'A cat jumps' };

describe('Mastodon media', () => {
  let h: Instance;
  before(async () => (h = await startInstance()));
  after(() => h.network.close());

  const publishWith = (media: MediaItem[]) =>
    mastodon.publish!(h.ctx, { idempotencyKey: randomUUID(), text: 'with media', media, settings: { visibility: 'public', sensitive: false } });
  const polls = () => h.network.state.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/media/')).length;

  it('waits for a video still processing (202, then 206) and posts it once processed, with its alt text', async () => {
    h.network.state.mediaProcessingPolls = 2;
    const pollsBefore = polls();
    const published = await publishWith([video]);
    assert.ok(published.ok, JSON.stringify(published));
    // Two 206 answers, then the 200 with a url.
    assert.equal(polls() - pollsBefore, 3);
    const stored = h.network.state.statuses.get(published.value.externalId);
    assert.equal(stored?.mediaIds.length, 1);
    const attachment = h.network.state.media.get(stored?.mediaIds[0] ?? '');
    assert.deepEqual({ type: attachment?.mimeType, bytes: attachment?.bytes, alt: attachment?.attachment.description }, { type: 'video/mp4', bytes: 8, alt: 'A cat jumps' });
    assert.deepEqual(h.network.state.requests.findLast((r) => r.path === '/api/v1/statuses')?.body.media_ids, stored?.mediaIds);
  });

  it("a type the instance refuses is rejected with the instance's reason, and nothing is posted", async () => {
    const before = h.network.state.statuses.size;
    const result = await publishWith([{ mimeType: 'image/tiff', bytes: new Uint8Array([1, 2, 3]) }]);
    assert.deepEqual(!result.ok && result.error, { kind: 'rejected', reason: 'Validation failed: File content type is invalid, File is invalid', code: 'http_422' });
    assert.equal(h.network.state.statuses.size, before);
  });
});
