import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { AppError } from '../shared/errors.ts';
import { readIsoBmffFacts } from './iso-bmff-size.ts';
import { sniffMedia } from './sniff-media.ts';
import { sampleIsoBmff, sampleMp4WithSize, samplePng, sampleWebm } from './testing/sample-files.ts';

describe('sniffMedia', () => {
  it('reads an MP4 or QuickTime picture size and duration from its boxes, skipping a track without picture', async () => {
    assert.deepEqual(await sniffMedia(sampleMp4WithSize(1920, 1080, 12.5)), { mimeType: 'video/mp4', width: 1920, height: 1080, durationSeconds: 12.5 });
    assert.deepEqual(await sniffMedia(sampleMp4WithSize(720, 1280, 3, 'qt  ')), { mimeType: 'video/quicktime', width: 720, height: 1280, durationSeconds: 3 });
  });

  it('keeps a video whose boxes say nothing (or lie) without size, never failing on them', async () => {
    assert.deepEqual(await sniffMedia(sampleIsoBmff()), { mimeType: 'video/mp4', width: null, height: null, durationSeconds: null });
    assert.deepEqual(await sniffMedia(sampleWebm()), { mimeType: 'video/webm', width: null, height: null, durationSeconds: null });
    const truncated = sampleMp4WithSize(640, 480, 5).subarray(0, 60);
    assert.deepEqual(readIsoBmffFacts(truncated), { width: null, height: null, durationSeconds: null });
    const huge = sampleMp4WithSize(640, 480, 5);
    huge.writeUInt32BE(0xffffff00, 24); // the moov (after the 24-byte ftyp) claims to run far past the end
    assert.deepEqual(readIsoBmffFacts(huge), { width: null, height: null, durationSeconds: null });
  });

  it('takes images by what libvips reads and refuses SVG and unknown bytes', async () => {
    assert.deepEqual(await sniffMedia(await samplePng(30, 20)), { mimeType: 'image/png', width: 30, height: 20, durationSeconds: null });
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).gif().toBuffer();
    assert.equal((await sniffMedia(gif)).mimeType, 'image/gif');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    for (const bytes of [svg, Buffer.from('hello'), Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80])]) {
      await assert.rejects(sniffMedia(bytes), (e: unknown) => e instanceof AppError && e.code === 'media_invalid');
    }
  });
});
