// Fetched media of an imported row -> the workspace's media library, through MEDIA's upload
// use-case, so an imported image is checked, stored, deduplicated and audited like an uploaded one.
import type { Config } from '../../../config.ts';
import { uploadMedia } from '../../media/upload-media.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import type { FetchedMedia, RowMedia } from './row-media.ts';

export const storeImportedMedia =
  (config: Config) =>
  async (ctx: PostsCtx, file: FetchedMedia): Promise<RowMedia> => {
    const row = await uploadMedia({ ...ctx, config }, { fileName: file.fileName, data: file.bytes, maxBytes: config.mediaMaxBytes });
    return { mediaId: row.id };
  };
