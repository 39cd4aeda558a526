// The bytes a connector publishes for one target: each attached item read from the media store,
// images prepared for the channel (upright, stripped, converted and compressed to its limits),
// videos passed through when the channel takes their type and size. Called by the publishing
// engine; a refusal is an AppError('media_invalid') whose message is fit to show as the reason.
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import type { MediaItem } from '../../connectors/sdk/operations.ts';
import { findMediaByIds, type MediaRow } from '../../db/queries/media.ts';
import type { AttachedMedia } from '../../db/schema/index.ts';
import { ImagePreparationError } from '../publishing/media/image-preparation-error.ts';
import { prepareImage } from '../publishing/media/prepare-image.ts';
import { formatBytes } from '../publishing/validation/describe.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { mediaStorageOf, type MediaServices } from './storage/storage-for-config.ts';

export type LoadMediaInput = { workspaceId: string; limits: AccountLimits; media: readonly AttachedMedia[] };

export async function loadMediaForPublish(ctx: Ctx & MediaServices, input: LoadMediaInput): Promise<MediaItem[]> {
  if (input.media.length === 0) return [];
  const channelMedia = input.limits.media;
  if (channelMedia === null) throw new AppError('media_invalid', 'This channel does not accept media.');
  const rows = await findMediaByIds(ctx.db, input.workspaceId, input.media.map((m) => m.mediaId));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const storage = mediaStorageOf(ctx);
  const items: MediaItem[] = [];
  for (const attached of input.media) {
    const row = byId.get(attached.mediaId);
    if (!row) throw new AppError('media_invalid', 'A media file attached to this post has been deleted.', { mediaId: attached.mediaId });
    const bytes = await storage.get(row.storageKey);
    if (!bytes) throw new AppError('media_invalid', `The file of "${row.fileName}" is missing from the media store.`, { mediaId: row.id });
    const prepared = await prepareForChannel(row, bytes, channelMedia);
    const altText = attached.altText ?? row.altText ?? undefined;
    items.push({ ...prepared, ...(altText ? { altText } : {}) });
  }
  return items;
}

type ChannelMedia = NonNullable<AccountLimits['media']>;

async function prepareForChannel(row: MediaRow, bytes: Buffer, channelMedia: ChannelMedia): Promise<Omit<MediaItem, 'altText'>> {
  if (row.mimeType.startsWith('image/')) {
    try {
      const image = await prepareImage(bytes, { media: channelMedia });
      return { mimeType: image.mimeType, bytes: image.data };
    } catch (error) {
      if (error instanceof ImagePreparationError) throw new AppError('media_invalid', `"${row.fileName}": ${error.message}`, { mediaId: row.id, reason: error.code });
      throw error;
    }
  }
  // Video is not transcoded: it goes out as uploaded, or not at all.
  if (!channelMedia.mimeTypes.includes(row.mimeType)) {
    throw new AppError('media_invalid', `"${row.fileName}" is ${row.mimeType}, which this channel does not accept.`, { mediaId: row.id });
  }
  if (bytes.length > channelMedia.maxBytesPerItem) {
    throw new AppError('media_invalid', `"${row.fileName}" is ${formatBytes(bytes.length)}; this channel takes at most ${formatBytes(channelMedia.maxBytesPerItem)} per file.`, { mediaId: row.id });
  }
  return { mimeType: row.mimeType, bytes };
}
