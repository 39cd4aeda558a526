// Fetched media of an imported row -> the workspace's media library, through MEDIA's upload
// use-case, so an imported image is stored, deduplicated and described like an uploaded one.
import type { Config } from '../../../config.ts';
import { AppError } from '../../shared/errors.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import type { FetchedMedia, RowMedia } from './row-media.ts';

export const storeImportedMedia =
  (config: Config) =>
  async (_ctx: PostsCtx, _file: FetchedMedia): Promise<RowMedia> => {
    void config;
    throw new AppError('media_invalid', 'Media from a URL cannot be stored yet');
  };
