// The store a process uses, from its config: the S3 bucket when S3_BUCKET is set, else the disk. One per config object, so every request and job of a
// process shares it (and the tests' separate apps, with separate DATA_DIRs, never mix theirs).
import path from 'node:path';
import type { Config } from '../../../config.ts';
import type { Ctx } from '../../shared/context.ts';
import { diskStorage } from './disk-storage.ts';
import type { MediaStorage } from './media-storage.ts';
import { s3Storage } from './s3-storage.ts';

const stores = new WeakMap<Config, MediaStorage>();

export function storageForConfig(config: Config): MediaStorage {
  let store = stores.get(config);
  if (!store) {
    store = config.s3 ? s3Storage(config.s3) : diskStorage(path.join(config.dataDir, 'uploads'));
    stores.set(config, store);
  }
  return store;
}

/**
 * What media use-cases need beyond the usual context. A job's context carries `config` and a
 * route's can be given it; tests may pass a store of their own.
 */
export type MediaServices = { mediaStorage?: MediaStorage; config?: Config };

export function mediaStorageOf(ctx: Ctx & MediaServices): MediaStorage {
  if (ctx.mediaStorage) return ctx.mediaStorage;
  if (ctx.config) return storageForConfig(ctx.config);
  throw new Error('No media storage in this context: pass the job context (it carries config) or a mediaStorage');
}
