// An upload: checked (size, type from the bytes), stored under the workspace and its SHA-256,
// then recorded with its audit entry. Nothing is left half-written: the bytes are stored before
// the row exists, and when the row cannot be written they are removed again unless another row
// already holds the same bytes.
import { createHash } from 'node:crypto';
import { insertMedia, type MediaRow } from '../../db/queries/media.ts';
import { inTransaction } from '../../db/transaction.ts';
import { lockStorageKey, storageKeyInUse } from '../../db/queries/media.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx, WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { formatBytes } from '../publishing/validation/describe.ts';
import { sniffMedia } from './sniff-media.ts';
import { storageKeyFor } from './storage/media-storage.ts';
import { mediaStorageOf, type MediaServices } from './storage/storage-for-config.ts';

export type UploadInput = { fileName: string; data: Buffer; altText?: string | null; maxBytes: number };

export async function uploadMedia(ctx: WorkspaceCtx & MediaServices, input: UploadInput): Promise<MediaRow> {
  if (input.data.length === 0) throw new AppError('media_invalid', 'The upload is empty.');
  if (input.data.length > input.maxBytes) throw new AppError('media_too_large', `The upload is ${formatBytes(input.data.length)}; the largest Tandem takes is ${formatBytes(input.maxBytes)}.`, { maxBytes: input.maxBytes });
  const sniffed = await sniffMedia(input.data);
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const storageKey = storageKeyFor(ctx.workspaceId, sha256);
  const storage = mediaStorageOf(ctx);
  try {
    return await inTransaction(ctx.db, async (db) => {
      // Serialised with a delete of the same bytes, which could otherwise remove them under us.
      await lockStorageKey(db, storageKey);
      if (!(await storageKeyInUse(db, storageKey))) await storage.put(storageKey, input.data);
      const row = await insertMedia(db, {
        id: newId(),
        workspaceId: ctx.workspaceId,
        uploadedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        fileName: cleanFileName(input.fileName),
        mimeType: sniffed.mimeType,
        bytes: input.data.length,
        width: sniffed.width,
        height: sniffed.height,
        durationSeconds: sniffed.durationSeconds,
        sha256,
        storageKey,
        altText: input.altText?.trim() || null,
        createdAt: ctx.clock.now(),
      });
      await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'media.upload', targetType: 'media', targetId: row.id, after: row });
      return row;
    });
  } catch (error) {
    // Best effort: if the store is down too, an unused file is left behind, which is harmless;
    // the caller must hear the first failure, not this one.
    await removeBytesIfUnused(ctx, storageKey).catch(() => {});
    throw error;
  }
}

/** Deletes the stored bytes unless a media row (of any upload) still points at them. */
export async function removeBytesIfUnused(ctx: Ctx & MediaServices, storageKey: string): Promise<void> {
  const storage = mediaStorageOf(ctx);
  await inTransaction(ctx.db, async (db) => {
    await lockStorageKey(db, storageKey);
    if (!(await storageKeyInUse(db, storageKey))) await storage.delete(storageKey);
  });
}

/** The name as shown, without any path a browser or client sent along, and never empty. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || 'upload';
}
