// Uploaded images and videos: upload (multipart field `file`, or the raw bytes with ?fileName=),
// list, metadata, the bytes themselves (approvers see previews), alt text, delete.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteMedia, listMedia, readMediaContent, requireMedia, updateMediaAlt } from '../../core/media/manage-media.ts';
import { uploadMedia } from '../../core/media/upload-media.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { MediaRow } from '../../db/queries/media.ts';
import { formatBytes } from '../../core/publishing/validation/describe.ts';
import type { AppEnv } from '../env.ts';
import { body, json, page, pageQuery, problems, problemSchema, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError, problem } from '../problem.ts';

const mediaSchema = z
  .object({
    id: uuid,
    fileName: z.string(),
    mimeType: z.string(),
    bytes: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    durationSeconds: z.number().nullable(),
    sha256: z.string(),
    altText: z.string().nullable(),
    uploadedBy: uuid.nullable(),
    createdAt: timestamp,
    url: z.string().openapi({ description: 'Where the bytes are served (GET, media.read)' }),
  })
  .openapi('Media');

const view = (row: MediaRow) => {
  const { storageKey: _key, workspaceId, ...rest } = row;
  return { ...rest, url: `/api/v1/workspaces/${workspaceId}/media/${row.id}/content` };
};

// Multipart adds a little around the file; the exact limit is checked on the file itself.
const MULTIPART_ALLOWANCE = 64 * 1024;
const uploadLimit: MiddlewareHandler<AppEnv> = (c, next) => {
  const max = c.get('runtime').config.mediaMaxBytes;
  return bodyLimit({ maxSize: max + MULTIPART_ALLOWANCE, onError: (c) => problem(c, 413, 'media_too_large', `The upload is over the largest Tandem takes, ${formatBytes(max)}.`, { maxBytes: max }) })(c, next);
};

async function readUpload(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<{ fileName: string; data: Buffer; altText?: string }> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody().catch(() => {
      throw new AppError('media_invalid', 'The multipart body could not be read.');
    });
    const file = form.file;
    if (!(file instanceof File)) throw new AppError('media_invalid', 'Send the file in the multipart field "file".');
    const altText = typeof form.altText === 'string' ? form.altText : undefined;
    return { fileName: file.name, data: Buffer.from(await file.arrayBuffer()), ...(altText ? { altText } : {}) };
  }
  if (type.startsWith('application/json') || type.startsWith('application/x-www-form-urlencoded') || type.startsWith('text/')) {
    throw new AppError('media_invalid', 'Send the file as multipart/form-data (field "file") or as the raw request body with ?fileName=.');
  }
  const fileName = c.req.query('fileName');
  if (!fileName) throw new AppError('media_invalid', 'A raw upload needs its name: add ?fileName= to the URL.');
  return { fileName, data: Buffer.from(await c.req.arrayBuffer()) };
}

const guard = (action: 'media.read' | 'media.write') => inWorkspace(action);
const services = (c: { get(key: 'runtime'): AppEnv['Variables']['runtime'] }) => ({ config: c.get('runtime').config });

export const mediaRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...guard('media.write'),
      middleware: [guard('media.write').middleware, uploadLimit] as const,
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/media',
      tags: ['Media'],
      summary: 'Upload an image or a video; its type is read from the bytes',
      request: {
        params: workspaceParams,
        query: z.object({ fileName: z.string().max(300).optional().openapi({ description: 'The name, for a raw-body upload' }) }),
        // Plain schemas, not zod: the handler reads the body itself (any image/* or video/* type
        // is taken raw too), so no validator may consume or refuse it first.
        body: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, altText: { type: 'string', maxLength: 2000 } } } },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      responses: { 201: json(mediaSchema, 'Stored'), 400: problems[400], 403: problems[403], 404: problems[404], 413: { description: 'Over MEDIA_MAX_BYTES', content: { 'application/problem+json': { schema: problemSchema } } } },
    }),
    async (c) => {
      const upload = await readUpload(c);
      const row = await uploadMedia({ ...c.get('ctx'), ...services(c) }, { ...upload, maxBytes: c.get('runtime').config.mediaMaxBytes });
      return c.json(view(row), 201);
    },
  )
  .openapi(
    createRoute({ ...guard('media.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/media', tags: ['Media'], summary: 'The workspace media, newest first', request: { params: workspaceParams, query: pageQuery }, responses: { 200: json(page(mediaSchema)), 404: problems[404] } }),
    async (c) => {
      const result = await listMedia(c.get('ctx'), c.req.valid('query'));
      return c.json({ ...result, items: result.items.map(view) }, 200);
    },
  )
  .openapi(
    createRoute({ ...guard('media.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/media/{mediaId}', tags: ['Media'], summary: 'One media item', request: { params: withId('mediaId') }, responses: { 200: json(mediaSchema), 404: problems[404] } }),
    async (c) => c.json(view(await requireMedia(c.get('ctx'), c.req.valid('param').mediaId)), 200),
  )
  .openapi(
    createRoute({
      ...guard('media.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/media/{mediaId}/content',
      tags: ['Media'],
      summary: 'The bytes as uploaded',
      request: { params: withId('mediaId') },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, 304: { description: 'Not modified (ETag)' }, 404: problems[404] },
    }),
    async (c) => {
      const { media, data } = await readMediaContent({ ...c.get('ctx'), ...services(c) }, c.req.valid('param').mediaId);
      const etag = `"${media.sha256}"`;
      const headers = {
        'content-type': media.mimeType,
        'cache-control': 'private, max-age=86400',
        etag,
        // Shown, never run: a sandbox in case a browser ever treats the bytes as a document.
        'content-security-policy': "default-src 'none'; sandbox",
        'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(media.fileName)}`,
      };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      return c.body(new Uint8Array(data), 200, { ...headers, 'content-length': String(data.length) });
    },
  )
  .openapi(
    createRoute({
      ...guard('media.write'),
      method: 'patch',
      path: '/api/v1/workspaces/{workspaceId}/media/{mediaId}',
      tags: ['Media'],
      summary: 'Set the default alt text (a post can give its own per use)',
      request: { params: withId('mediaId'), body: body(z.object({ altText: z.string().max(2000).nullable() })) },
      responses: { 200: json(mediaSchema), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(view(await updateMediaAlt(c.get('ctx'), c.req.valid('param').mediaId, c.req.valid('json').altText)), 200),
  )
  .openapi(
    createRoute({
      ...guard('media.write'),
      method: 'delete',
      path: '/api/v1/workspaces/{workspaceId}/media/{mediaId}',
      tags: ['Media'],
      summary: 'Delete a media item; refused while a scheduled post uses it',
      request: { params: withId('mediaId') },
      responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => {
      await deleteMedia({ ...c.get('ctx'), ...services(c) }, c.req.valid('param').mediaId);
      return c.body(null, 204);
    },
  );
