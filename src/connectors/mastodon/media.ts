// Uploads one attachment (methods/media): POST /api/v2/media as multipart with the alt text as
// `description`. 200 means processed; 202 means the full-size file is still processing, so
// GET /api/v1/media/:id is polled (206 while processing) until `url` is set, because a status
// that names an unprocessed attachment is refused with 422.
import { setTimeout as sleep } from 'node:timers/promises';
import type { MediaItem } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, transient } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { MediaAttachment } from './entities.ts';

/** Waits between polls, in ms: about a minute in all, enough for a short video on a busy instance. */
export const pollDelaysMs = [250, 500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

const extensionOf = (mimeType: string) => mimeType.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'bin';

async function multipart(item: MediaItem): Promise<{ bytes: Uint8Array; contentType: string }> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(item.bytes)], { type: item.mimeType }), `upload.${extensionOf(item.mimeType)}`);
  if (item.altText) form.append('description', item.altText);
  // Request serialises the form with a fresh boundary; no bytes leave the process here.
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  return { bytes: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? '' };
}

export async function uploadMedia(ctx: Ctx, item: MediaItem): Promise<Result<string>> {
  const created = await api(ctx, { method: 'POST', path: '/api/v2/media', body: await multipart(item) });
  if (!created.ok) return created;
  const attachment = created.value.body as MediaAttachment;
  if (created.value.status !== 202 && attachment.url) return ok(attachment.id);
  for (const delay of pollDelaysMs) {
    await sleep(delay);
    const polled = await api(ctx, { path: `/api/v1/media/${encodeURIComponent(attachment.id)}` });
    if (!polled.ok) return polled;
    if (polled.value.status === 200 && (polled.value.body as MediaAttachment).url) return ok(attachment.id);
  }
  return transient('the instance is still processing the media; try again later', 'media_processing');
}
