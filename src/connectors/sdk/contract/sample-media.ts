import type { MediaItem } from '../operations.ts';

/** A valid 1×1 PNG, small enough for any network's media limits. */
export const onePixelPng: MediaItem = {
  mimeType: 'image/png',
  bytes: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
  altText: 'A single pixel',
};
