// A row's media URL -> media stored in the workspace. The file is fetched through safe fetch, so
// a CSV cannot make Tandem read a private or loopback address (an intranet server, the cloud's
// metadata endpoint); only images and videos are kept, within the media size limit.
import { createSafeFetch, type SafeFetch } from '../../../connectors/sdk/safe-fetch.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';

export type FetchedMedia = { bytes: Buffer; mimeType: string; fileName: string };
export type RowMedia = { mediaId: string };

export type RowMediaCtx = PostsCtx & {
  /** Safe fetch for media URLs (tests pass one that allows their loopback server). */
  mediaFetch: SafeFetch;
  /** Stores fetched bytes as the workspace's media (MEDIA's use-case), returning its id. */
  storeMedia(ctx: PostsCtx, file: FetchedMedia): Promise<RowMedia>;
};

export type RowMediaResult = { ok: true; value: RowMedia } | { ok: false; code: string; message: string };

export const importMediaFetch = (maxBytes: number): SafeFetch => createSafeFetch({ maxResponseBytes: maxBytes, timeoutMs: 30_000 });

function fileNameOf(url: URL, mimeType: string): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '').replace(/[^\w.\- ]+/g, '_').slice(0, 200);
  return last || `media.${mimeType.split('/')[1] ?? 'bin'}`;
}

export async function prepareRowMedia(ctx: RowMediaCtx, mediaUrl: string): Promise<RowMediaResult> {
  const answer = await ctx.mediaFetch(mediaUrl, { headers: { accept: 'image/*, video/*' } });
  if (!answer.ok) {
    const code = answer.error.kind === 'rejected' && answer.error.code === 'response_too_large' ? 'media_too_large' : 'media_unreachable';
    return { ok: false, code, message: `The media URL could not be read: ${answer.error.reason}` };
  }
  const res = answer.value;
  if (res.status < 200 || res.status > 299) return { ok: false, code: 'media_unreachable', message: `The media URL answered HTTP ${res.status}` };
  const mimeType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!mimeType.startsWith('image/') && !mimeType.startsWith('video/')) return { ok: false, code: 'media_not_image_or_video', message: `The media URL is not an image or a video (it is ${mimeType || 'of no stated type'})` };
  if (res.body.length === 0) return { ok: false, code: 'media_unreachable', message: 'The media URL answered with an empty file' };
  try {
    return { ok: true, value: await ctx.storeMedia(ctx, { bytes: res.body, mimeType, fileName: fileNameOf(new URL(res.url), mimeType) }) };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('media_')) return { ok: false, code: e.code, message: e.message ?? 'The media was refused' };
    throw err;
  }
}
