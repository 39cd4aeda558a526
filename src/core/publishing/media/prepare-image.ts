// Prepares an uploaded image for one channel: turned upright by its EXIF orientation, stripped of
// metadata (a phone photo carries its GPS position), converted to a type the channel accepts,
// scaled down to its maximum dimensions and compressed under its per-file size.
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { formatBytes } from '../validation/describe.ts';
import { encodeToFit } from './encode-to-fit.ts';
import type { Pixels } from './encode-to-fit.ts';
import { ImagePreparationError } from './image-preparation-error.ts';
import { chooseOutputType, inputMimeType, keepsAlpha } from './image-types.ts';
import type { OutputType } from './image-types.ts';

export type ImageTarget = {
  /** The channel's stored media limits (channels.limits.media). */
  media: NonNullable<AccountLimits['media']>;
  /** The network's largest width and height; the stored limits do not carry them yet. */
  maxDimensions?: { width: number; height: number };
};

export type PreparedImage = { data: Buffer; mimeType: OutputType; width: number; height: number; bytes: number };

export async function prepareImage(input: Buffer, target: ImageTarget): Promise<PreparedImage> {
  const meta = await readMetadata(input);
  const inputType = inputMimeType(meta);
  const accepted = target.media.mimeTypes.map((t) => t.toLowerCase());
  const maxBytes = target.media.maxBytesPerItem;

  if ((meta.pages ?? 1) > 1) return keepAnimation(input, meta, inputType, accepted, target);

  const transparent = meta.hasAlpha === true && !(await decode(() => sharp(input).stats())).isOpaque;
  const type = chooseOutputType(inputType, transparent, accepted);
  if (type === null) {
    throw new ImagePreparationError('image_cannot_fit', 'This channel accepts no image type Tandem can produce.');
  }
  const pixels = await decodeUpright(input, type, target.maxDimensions);
  const encoded = await encodeToFit(pixels, type, maxBytes);
  if (encoded === null) {
    throw new ImagePreparationError(
      'image_cannot_fit',
      `This image cannot be made smaller than ${formatBytes(maxBytes)} without becoming too small to see: ` +
        'crop it or use a simpler picture.',
    );
  }
  return { ...encoded, mimeType: type, bytes: encoded.data.length };
}

const readMetadata = (input: Buffer) => decode(() => sharp(input).metadata());

/** Any failure of libvips to read the input means the file is not an image it can use. */
async function decode<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw new ImagePreparationError(
      'image_unreadable',
      'This file could not be read as an image. Export it as JPEG or PNG and upload it again ' +
        '(iPhone HEIC photos included).',
      { cause },
    );
  }
}

// rotate() without an angle applies the EXIF orientation; sharp writes no metadata unless told to.
async function decodeUpright(input: Buffer, type: OutputType, maxDimensions: ImageTarget['maxDimensions']): Promise<Pixels> {
  let img = sharp(input).rotate().toColourspace('srgb');
  if (maxDimensions !== undefined) {
    img = img.resize({ ...maxDimensions, fit: 'inside', withoutEnlargement: true });
  }
  if (!keepsAlpha(type)) img = img.flatten({ background: '#ffffff' });
  const { data, info } = await decode(() => img.raw().toBuffer({ resolveWithObject: true }));
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

// Animated GIFs and WebPs are passed through untouched when they already fit: re-encoding an
// animation is a video job, not an image one.
function keepAnimation(
  input: Buffer,
  meta: Metadata,
  inputType: string,
  accepted: string[],
  target: ImageTarget,
): PreparedImage {
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  const max = target.maxDimensions;
  const animatedType = (['image/gif', 'image/webp'] as const).find((t) => t === inputType);
  const fits =
    animatedType !== undefined &&
    accepted.includes(animatedType) &&
    input.length <= target.media.maxBytesPerItem &&
    (max === undefined || (width <= max.width && height <= max.height));
  if (!fits || animatedType === undefined) {
    throw new ImagePreparationError(
      'image_cannot_fit',
      'This animated image is too big or of a type this channel does not accept: post it as a video instead.',
    );
  }
  return { data: input, mimeType: animatedType, width, height, bytes: input.length };
}
