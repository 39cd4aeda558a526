// Which type an image leaves as: its own when the channel accepts it, else the closest accepted one.
// PNG is kept for real transparency (an opaque PNG the channel refuses becomes a JPEG).
import type { Metadata } from 'sharp';

export type OutputType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

const mimeByFormat: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
};

export function inputMimeType(meta: Metadata): string {
  if (meta.format === 'heif') return meta.compression === 'av1' ? 'image/avif' : 'image/heic';
  return mimeByFormat[meta.format ?? ''] ?? `image/${meta.format}`;
}

const encodable: OutputType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** null when the channel accepts none of the types Tandem can write. */
export function chooseOutputType(inputType: string, transparent: boolean, accepted: string[]): OutputType | null {
  const ok = (t: OutputType) => accepted.includes(t);
  const own = encodable.find((t) => t === inputType);
  if (own !== undefined && ok(own)) return own;
  const preference: OutputType[] = transparent
    ? ['image/png', 'image/webp', 'image/jpeg']
    : ['image/jpeg', 'image/webp', 'image/png'];
  return preference.find(ok) ?? null;
}

export const keepsAlpha = (type: OutputType) => type !== 'image/jpeg';
