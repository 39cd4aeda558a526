// The variant's media against the channel's media limits: how many, which types, how heavy, and
// alt text where the workspace requires it. Every file is checked so the composer can mark each.
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { formatBytes, formatCount, listNames, mediaTypeName } from './describe.ts';
import { problem } from './variant-problem.ts';
import type { VariantProblem } from './variant-problem.ts';

export type VariantMedia = {
  mimeType: string;
  /** Size of the file as it will be sent (after preparation for the channel). */
  bytes: number;
  width?: number;
  height?: number;
  altText?: string | null;
};

/**
 * How a network lets media kinds share a post. 'images-or-one-video': up to the limit of images,
 * or one video or animated GIF on its own (X, Bluesky, Mastodon). The stored limits do not say
 * this yet, so the caller passes it.
 */
export type MediaMixing = 'any' | 'images-or-one-video';

export type MediaReport = { count: number; max: number; problems: VariantProblem[] };

const isImage = (m: VariantMedia) => m.mimeType.startsWith('image/');
// A GIF travels as a video on the networks that keep it alone.
const isVideoLike = (m: VariantMedia) => m.mimeType.startsWith('video/') || m.mimeType === 'image/gif';
const label = (m: VariantMedia, i: number) => `${isImage(m) ? 'Image' : 'File'} ${i + 1}`;

export function checkMedia(
  limits: AccountLimits['media'],
  media: VariantMedia[],
  options: { requireAltText: boolean; mixing: MediaMixing },
): MediaReport {
  const max = limits?.maxItems ?? 0;
  const problems: VariantProblem[] = [];
  if (media.length === 0) return { count: 0, max, problems };
  if (limits === null) {
    problems.push(problem('media_not_supported', 'media', 'This channel cannot post images or videos: remove them from this version.'));
    return { count: media.length, max, problems };
  }

  if (media.length > limits.maxItems) {
    problems.push(
      problem(
        'too_many_media',
        'media',
        `This channel takes at most ${formatCount(limits.maxItems)} file${limits.maxItems === 1 ? '' : 's'} per post; ` +
          `this one has ${formatCount(media.length)}. Remove some or move them to a thread.`,
      ),
    );
  }
  if (options.mixing === 'images-or-one-video' && media.length > 1 && media.some(isVideoLike)) {
    problems.push(
      problem(
        'mixed_media_not_allowed',
        'media',
        'On this channel a video or GIF has to be posted on its own: keep it alone, or keep only images.',
      ),
    );
  }

  const allowed = limits.mimeTypes.map((t) => t.toLowerCase());
  const allowedNames = listNames([...new Set(allowed.map(mediaTypeName))]);
  media.forEach((item, i) => {
    const mimeType = item.mimeType.toLowerCase();
    if (!allowed.includes(mimeType)) {
      problems.push(
        problem(
          'media_type_not_allowed',
          `media[${i}]`,
          `${label(item, i)} is a ${mediaTypeName(mimeType)} file; this channel accepts ${allowedNames}.`,
        ),
      );
    }
    if (item.bytes > limits.maxBytesPerItem) {
      problems.push(
        problem(
          'media_too_large',
          `media[${i}]`,
          `${label(item, i)} is ${formatBytes(item.bytes)}; this channel accepts up to ` +
            `${formatBytes(limits.maxBytesPerItem)} per file.`,
        ),
      );
    }
    if (options.requireAltText && isImage(item) && !item.altText?.trim()) {
      problems.push(
        problem(
          'alt_text_missing',
          `media[${i}].altText`,
          `${label(item, i)} needs a description (alt text) for people who cannot see it: your workspace requires one.`,
        ),
      );
    }
  });
  return { count: media.length, max, problems };
}
