// Attachments go as multipart/form-data: the JSON message in `payload_json`, each file in
// `files[n]`, and `attachments: [{id: n, filename, description}]` in the JSON carrying the alt
// text (https://discord.com/developers/docs/reference#uploading-files). The standard FormData and
// Response serialise it, so no hand-written boundaries.
import type { MediaItem } from '../sdk/operations.ts';

const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

/** Discord caps an attachment description at 1,024 characters. */
const MAX_DESCRIPTION = 1_024;

export const attachmentsOf = (media: readonly MediaItem[]) =>
  media.map((item, n) => ({
    id: n,
    filename: `file-${n + 1}.${extensions[item.mimeType] ?? 'bin'}`,
    ...(item.altText ? { description: [...item.altText].slice(0, MAX_DESCRIPTION).join('') } : {}),
  }));

/** `payload` must already hold `attachments: attachmentsOf(media)` where Discord expects it. */
export async function multipartBody(payload: unknown, media: readonly MediaItem[]): Promise<{ bytes: Uint8Array; contentType: string }> {
  const form = new FormData();
  form.append('payload_json', JSON.stringify(payload));
  attachmentsOf(media).forEach(({ filename }, n) => {
    const item = media[n]!;
    form.append(`files[${n}]`, new Blob([Buffer.from(item.bytes)], { type: item.mimeType }), filename);
  });
  const serialised = new Response(form);
  return { bytes: new Uint8Array(await serialised.arrayBuffer()), contentType: serialised.headers.get('content-type') ?? 'multipart/form-data' };
}
