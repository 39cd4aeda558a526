import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Colour } from 'sharp';
import { ImagePreparationError } from './image-preparation-error.ts';
import { prepareImage } from './prepare-image.ts';
import type { ImageTarget } from './prepare-image.ts';

// Every test image is generated here with sharp itself.
const solid = (width: number, height: number, background: Colour, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background } });
const noise = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
const pixel = async (image: Buffer, left: number, top: number) => {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (top * info.width + left) * info.channels;
  return [...data.subarray(at, at + info.channels)];
};
const target = (mimeTypes: string[], maxBytesPerItem = 1_000_000, maxDimensions?: ImageTarget['maxDimensions']): ImageTarget => ({
  media: { maxItems: 4, mimeTypes, maxBytesPerItem },
  ...(maxDimensions ? { maxDimensions } : {}),
});
const BLUESKY_LIKE = target(['image/jpeg', 'image/png', 'image/webp'], 1_000_000, { width: 2000, height: 2000 });
const JPEG_ONLY = target(['image/jpeg']);
const refusedWith = (code: string) => (error: unknown) => error instanceof ImagePreparationError && error.code === code;

describe('prepareImage', () => {
  it('shrinks a big noisy JPEG under 1,000,000 bytes and within 2000 px', async () => {
    const input = await noise(3000, 2400).jpeg({ quality: 95 }).toBuffer();
    assert.ok(input.length > 4_000_000, `the input is ${input.length} bytes`);
    const out = await prepareImage(input, BLUESKY_LIKE);
    assert.equal(out.mimeType, 'image/jpeg');
    assert.ok(out.bytes <= 1_000_000 && out.bytes === out.data.length, `${out.bytes} bytes`);
    assert.ok(out.width <= 2000 && out.height <= 2000);
    assert.ok(Math.abs(out.width / out.height - 3000 / 2400) < 0.01, 'keeps the aspect ratio');
    const meta = await sharp(out.data).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', out.width, out.height]);
  });

  it('keeps a transparent PNG as PNG with its transparency', async () => {
    const input = await solid(400, 300, { r: 0, g: 128, b: 0, alpha: 0 }, 4)
      .composite([{ input: { create: { width: 200, height: 300, channels: 4, background: '#ff0000' } }, left: 200, top: 0 }])
      .png()
      .toBuffer();
    const out = await prepareImage(input, BLUESKY_LIKE);
    assert.equal(out.mimeType, 'image/png');
    assert.equal((await sharp(out.data).metadata()).hasAlpha, true);
    assert.equal((await pixel(out.data, 10, 10))[3], 0);
    assert.deepEqual(await pixel(out.data, 300, 10), [255, 0, 0, 255]);
  });

  it('turns a transparent PNG into a JPEG on white where PNG is not accepted', async () => {
    const input = await solid(100, 100, { r: 0, g: 0, b: 0, alpha: 0 }, 4).png().toBuffer();
    const out = await prepareImage(input, JPEG_ONLY);
    assert.equal(out.mimeType, 'image/jpeg');
    assert.ok((await pixel(out.data, 50, 50)).every((v) => v > 245), 'transparent becomes white');
  });

  it('prefers JPEG for an opaque PNG with an alpha channel when converting', async () => {
    const input = await solid(100, 100, '#336699', 4).png().toBuffer();
    assert.equal((await prepareImage(input, target(['image/webp', 'image/jpeg']))).mimeType, 'image/jpeg');
  });

  it('converts a WebP the channel refuses, and keeps one it accepts', async () => {
    const input = await solid(300, 200, '#2040a0').webp().toBuffer();
    const converted = await prepareImage(input, JPEG_ONLY);
    assert.equal(converted.mimeType, 'image/jpeg');
    assert.equal((await sharp(converted.data).metadata()).format, 'jpeg');
    assert.equal((await prepareImage(input, BLUESKY_LIKE)).mimeType, 'image/webp');
  });

  it('converts TIFF and AVIF (HEIF container) to an accepted type', async () => {
    const tiff = await solid(120, 80, '#aa3300').tiff().toBuffer();
    const avif = await solid(120, 80, '#aa3300').avif().toBuffer();
    for (const input of [tiff, avif]) {
      const out = await prepareImage(input, target(['image/png', 'image/jpeg']));
      assert.equal(out.mimeType, 'image/jpeg');
      assert.deepEqual([out.width, out.height], [120, 80]);
    }
  });

  it('turns a photo upright by its EXIF orientation and strips EXIF and GPS', async () => {
    // Stored 200x100, left half red and right half blue, with "rotate 90° clockwise" and a GPS position.
    const input = await solid(200, 100, '#ff0000')
      .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: '#0000ff' } }, left: 100, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } })
      .toBuffer();
    const before = await sharp(input).metadata();
    assert.equal(before.orientation, 6);
    assert.ok(before.exif?.includes(Buffer.from([0x25, 0x88])) || before.exif?.includes(Buffer.from([0x88, 0x25])), 'input has a GPS IFD');

    const out = await prepareImage(input, JPEG_ONLY);
    const after = await sharp(out.data).metadata();
    assert.deepEqual([after.width, after.height], [100, 200]);
    assert.equal(after.exif, undefined);
    assert.equal(after.orientation, undefined);
    const [r1, , b1] = await pixel(out.data, 50, 20);
    const [r2, , b2] = await pixel(out.data, 50, 180);
    assert.ok(r1! > 200 && b1! < 60, 'the left (red) half is now on top');
    assert.ok(b2! > 200 && r2! < 60, 'the right (blue) half is now at the bottom');
  });

  it('scales down to the maximum dimensions and never enlarges', async () => {
    const big = await prepareImage(await solid(4000, 1000, '#808080').png().toBuffer(), target(['image/png'], 1_000_000, { width: 2000, height: 2000 }));
    assert.deepEqual([big.width, big.height], [2000, 500]);
    const small = await prepareImage(await solid(64, 48, '#808080').png().toBuffer(), BLUESKY_LIKE);
    assert.deepEqual([small.width, small.height], [64, 48]);
  });

  it('passes an animated GIF through when it fits, and refuses it otherwise', async () => {
    const frames = await Promise.all(['#ff0000', '#00ff00'].map((c) => solid(40, 40, c).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const kept = await prepareImage(gif, target(['image/gif', 'image/jpeg']));
    assert.equal(kept.data, gif);
    assert.deepEqual([kept.mimeType, kept.width, kept.height], ['image/gif', 40, 40]);
    await assert.rejects(prepareImage(gif, JPEG_ONLY), refusedWith('image_cannot_fit'));
  });

  it('refuses what it cannot make fit, with image_cannot_fit', async () => {
    const input = await noise(800, 800).png().toBuffer();
    await assert.rejects(prepareImage(input, target(['image/jpeg'], 2_000)), refusedWith('image_cannot_fit'));
    await assert.rejects(prepareImage(input, target(['image/svg+xml'])), refusedWith('image_cannot_fit'));
  });

  it('refuses garbage and truncated files with image_unreadable', async () => {
    await assert.rejects(prepareImage(Buffer.from('definitely not an image'), JPEG_ONLY), (error: unknown) => {
      assert.ok(error instanceof ImagePreparationError);
      assert.equal(error.code, 'image_unreadable');
      assert.match(error.message, /could not be read as an image/);
      return true;
    });
    const jpeg = await noise(400, 400).jpeg().toBuffer();
    await assert.rejects(prepareImage(jpeg.subarray(0, jpeg.length / 2), JPEG_ONLY), refusedWith('image_unreadable'));
  });
});
