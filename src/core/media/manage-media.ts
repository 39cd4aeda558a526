// Reading, describing and deleting uploaded media. A file a scheduled post still needs cannot be
// deleted; the row goes first and its bytes after the commit, so a crash leaves at worst an
// unused file on disk, never a row without its file.
import { deleteMediaRow, findMedia, findScheduledUsesOfMedia, listMediaPage, updateMediaAltText, type MediaRow } from '../../db/queries/media.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { mediaStorageOf, type MediaServices } from './storage/storage-for-config.ts';
import { removeBytesIfUnused } from './upload-media.ts';

export async function requireMedia(ctx: WorkspaceCtx, mediaId: string): Promise<MediaRow> {
  const row = await findMedia(ctx.db, ctx.workspaceId, mediaId);
  if (!row) throw notFound('Media');
  return row;
}

export async function listMedia(ctx: WorkspaceCtx, f: { cursor?: string; limit: number }) {
  const rows = await listMediaPage(ctx.db, ctx.workspaceId, pageWindow(f.cursor, f.limit));
  return toPage(rows, f.limit, (r) => r.createdAt);
}

export async function readMediaContent(ctx: WorkspaceCtx & MediaServices, mediaId: string): Promise<{ media: MediaRow; data: Buffer }> {
  const media = await requireMedia(ctx, mediaId);
  const data = await mediaStorageOf(ctx).get(media.storageKey);
  if (!data) throw new AppError('not_found', 'The file of this media is missing from the media store');
  return { media, data };
}

export async function updateMediaAlt(ctx: WorkspaceCtx, mediaId: string, altText: string | null) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requireMedia(tx, mediaId);
    const after = (await updateMediaAltText(db, ctx.workspaceId, mediaId, altText?.trim() || null))!;
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'media.update', targetType: 'media', targetId: mediaId, before, after });
    return after;
  });
}

export async function deleteMedia(ctx: WorkspaceCtx & MediaServices, mediaId: string): Promise<void> {
  const removed = await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requireMedia(tx, mediaId);
    const uses = await findScheduledUsesOfMedia(db, ctx.workspaceId, mediaId);
    if (uses.length > 0) {
      const postIds = [...new Set(uses.map((u) => u.postId))];
      throw new AppError('conflict', `A scheduled post uses this media (${postIds.length === 1 ? 'one post' : `${postIds.length} posts`}): unschedule it or remove the media from it first.`, { postIds });
    }
    await deleteMediaRow(db, ctx.workspaceId, mediaId);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'media.delete', targetType: 'media', targetId: mediaId, before });
    return before;
  });
  // The media is gone whatever happens next; a store that fails now only leaves an unused file.
  await removeBytesIfUnused(ctx, removed.storageKey).catch(() => {});
}
