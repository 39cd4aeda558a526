// Words for messages: file sizes in the decimal units networks state their limits in
// (Bluesky's "1 MB" is 1,000,000 bytes), media types by their everyday names, and what each
// counting rule counts differently from what the eye sees.
import type { CountingRuleId } from '../../../connectors/sdk/counting/index.ts';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${number.format(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000) return `${number.format(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

export const formatCount = (n: number): string => new Intl.NumberFormat('en').format(n);

const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'image/heif': 'HEIF',
  'image/avif': 'AVIF',
  'image/tiff': 'TIFF',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'MOV video',
  'video/webm': 'WebM video',
  'application/pdf': 'PDF',
};

export function mediaTypeName(mimeType: string): string {
  const known = typeNames[mimeType];
  if (known !== undefined) return known;
  const [kind, subtype = mimeType] = mimeType.split('/');
  const name = subtype.toUpperCase();
  return kind === 'video' || kind === 'audio' ? `${name} ${kind}` : name;
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Why the count may differ from what the manager sees; '' when it does not. */
export const countingHints: Record<CountingRuleId, string> = {
  'x-weighted': 'every link counts as 23 characters, and emoji and Chinese, Japanese or Korean characters count as 2',
  bluesky: '',
  mastodon: 'every link counts as 23 characters and @name@server mentions count only the @name part',
  'code-points': 'some emoji count as several characters',
  'utf-16': 'most emoji count as 2 characters, some as more',
  graphemes: '',
};
