import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import { insertMedia } from '../../db/queries/media.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { systemActor, type Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { loadMediaForPublish } from './load-for-publish.ts';
import { storageForConfig } from './storage/storage-for-config.ts';
import { storageKeyFor } from './storage/media-storage.ts';

const limits = (mimeTypes: string[], maxBytesPerItem = 1_000_000): AccountLimits => ({
  text: { maxLength: 300, countingRule: 'graphemes' },
  media: { maxItems: 4, mimeTypes, maxBytesPerItem },
  dailyPublishCap: null,
  rateLimits: [],
});
// The first bytes of an ISO BMFF (mp4) file: a 24-byte ftyp box, then filler.
const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom\0\0\x02\0isomiso2'), randomBytes(2_000)]);

describe('loadMediaForPublish', () => {
  let t: TestApp;
  let ctx: Ctx & { config: TestApp['runtime']['config'] };
  let workspaceId: string;

  const upload = async (data: Buffer, mimeType: string, extra: { altText?: string; width?: number; height?: number } = {}) => {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const storageKey = storageKeyFor(workspaceId, sha256);
    await storageForConfig(t.runtime.config).put(storageKey, data);
    return insertMedia(t.database.db, { id: newId(), workspaceId, fileName: `file.${mimeType.split('/')[1]}`, mimeType, bytes: data.length, sha256, storageKey, ...extra });
  };
  const refusal = (pattern: RegExp) => (error: unknown) => error instanceof AppError && error.code === 'media_invalid' && pattern.test(error.message);

  before(async () => {
    t = await createTestApp();
    ({ workspaceId } = await t.setupOwner());
    ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), config: t.runtime.config };
  });
  after(() => t.close());

  it('needs nothing for a post without media', async () => {
    assert.deepEqual(await loadMediaForPublish({ db: t.database.db, clock: t.runtime.clock, actor: systemActor() }, { workspaceId, limits: limits(['image/jpeg']), media: [] }), []);
  });

  it('prepares images for the channel, keeps their order and gives the alt text of this use first', async () => {
    const noisy = await sharp(randomBytes(600 * 450 * 3), { raw: { width: 600, height: 450, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    assert.ok(noisy.length > 200_000, `${noisy.length} bytes`);
    const big = await upload(noisy, 'image/jpeg', { altText: 'Default description' });
    const png = await upload(await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123456' } }).png().toBuffer(), 'image/png', { altText: 'A blue square' });
    const items = await loadMediaForPublish(ctx, {
      workspaceId,
      limits: limits(['image/jpeg'], 200_000),
      media: [{ mediaId: png.id }, { mediaId: big.id, altText: 'Written for this post' }],
    });
    assert.deepEqual(items.map((i) => [i.mimeType, i.altText]), [['image/jpeg', 'A blue square'], ['image/jpeg', 'Written for this post']]);
    assert.ok(items[1]!.bytes.length <= 200_000, `${items[1]!.bytes.length} bytes`);
    assert.equal((await sharp(items[0]!.bytes).metadata()).format, 'jpeg');
  });

  it('passes a video through when the channel takes its type and size, and refuses it otherwise', async () => {
    const video = await upload(mp4, 'video/mp4');
    const [item] = await loadMediaForPublish(ctx, { workspaceId, limits: limits(['image/jpeg', 'video/mp4']), media: [{ mediaId: video.id }] });
    assert.equal(item!.mimeType, 'video/mp4');
    assert.ok(Buffer.from(item!.bytes).equals(mp4));
    assert.equal(item!.altText, undefined);
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: limits(['image/jpeg']), media: [{ mediaId: video.id }] }), refusal(/video\/mp4, which this channel does not accept/));
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: limits(['video/mp4'], 1_000), media: [{ mediaId: video.id }] }), refusal(/at most 1 KB per file/));
  });

  it('refuses media of another workspace, a deleted item, missing bytes and a channel without media', async () => {
    const video = await upload(mp4, 'video/mp4');
    const [other] = await t.database.query<{ id: string }>(`insert into workspaces (id, name) values ($1, 'Other') returning id`, [newId()]);
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId: other!.id, limits: limits(['video/mp4']), media: [{ mediaId: video.id }] }), refusal(/has been deleted/));
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: limits(['video/mp4']), media: [{ mediaId: newId() }] }), refusal(/has been deleted/));
    await storageForConfig(t.runtime.config).delete(video.storageKey);
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: limits(['video/mp4']), media: [{ mediaId: video.id }] }), refusal(/missing from the media store/));
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: { ...limits([]), media: null }, media: [{ mediaId: video.id }] }), refusal(/does not accept media/));
  });

  it('turns an image the channel cannot take into media_invalid with the reason', async () => {
    const png = await upload(await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } }).png().toBuffer(), 'image/png');
    await assert.rejects(loadMediaForPublish(ctx, { workspaceId, limits: limits(['video/mp4']), media: [{ mediaId: png.id }] }), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.details?.reason, 'image_cannot_fit');
      return true;
    });
  });
});
