// What an upload really is, from its bytes, never its name or the browser's word: images are
// whatever libvips can read (sharp's metadata, which also gives the size), videos are recognised by
// their container's signature (file-type) and kept to the containers networks take; an MP4 or
// QuickTime file's picture size and duration come from its box headers.
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { inputMimeType } from '../publishing/media/image-types.ts';
import { AppError } from '../shared/errors.ts';
import { readIsoBmffFacts } from './iso-bmff-size.ts';

export type SniffedMedia = { mimeType: string; width: number | null; height: number | null; durationSeconds: number | null };

export const acceptedVideoTypes = ['video/mp4', 'video/quicktime', 'video/webm'];
// SVG is left out on purpose: it is a document that can carry scripts, and no network takes it.
const acceptedImageFormats = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);

export async function sniffMedia(data: Buffer): Promise<SniffedMedia> {
  const container = await fileTypeFromBuffer(data);
  if (container && acceptedVideoTypes.includes(container.mime)) {
    // WebM's size sits deep in its EBML tracks: not read (yet); MP4 and QuickTime share ISO BMFF boxes.
    const facts = container.mime === 'video/webm' ? { width: null, height: null, durationSeconds: null } : readIsoBmffFacts(data);
    return { mimeType: container.mime, ...facts };
  }
  const meta = await sharp(data).metadata().catch(() => null);
  if (meta && meta.format && acceptedImageFormats.has(meta.format)) return { mimeType: inputMimeType(meta), ...uprightSize(meta), durationSeconds: null };
  const what = container ? `a ${container.mime} file` : 'not a file Tandem recognises';
  throw new AppError('media_invalid', `This upload is ${what}: upload an image (JPEG, PNG, WebP, GIF, TIFF, HEIC, AVIF) or a video (MP4, MOV, WebM).`, { detected: container?.mime ?? null });
}

// The size as people see it: EXIF orientations 5 to 8 turn the picture a quarter, and an
// animation's height is one frame's.
function uprightSize(meta: Metadata): { width: number | null; height: number | null } {
  const width = meta.width ?? null;
  const height = meta.pageHeight ?? meta.height ?? null;
  return (meta.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}
