// CSV import of posts (docs/publishing.md, "Bulk and automation"): a dry run reports every row's
// errors and stores nothing; a real run stores the rows, and the import-posts job creates the
// posts while GET .../post-imports/{importId} shows its progress.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getImport, listImports } from '../../core/publishing/import/get-import.ts';
import { MAX_IMPORT_BYTES } from '../../core/publishing/import/parse-import-file.ts';
import { startImport } from '../../core/publishing/import/start-import.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const rowError = z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() }).openapi('ImportRowError');
const postImport = z
  .object({
    id: uuid.nullable().openapi({ description: 'null for a dry run: nothing was stored' }),
    fileName: z.string(),
    state: z.enum(['dry_run', 'queued', 'running', 'done', 'failed']),
    totalRows: z.number().int().openapi({ description: 'Rows to create (a dry run: rows in the file)' }),
    processedRows: z.number().int(),
    createdPosts: z.number().int(),
    errors: z.array(rowError),
    createdBy: uuid.nullable(),
    createdAt: timestamp,
    finishedAt: timestamp.nullable(),
  })
  .openapi('PostImport');
const dryRunReport = postImport.extend({ validRows: z.number().int() }).openapi('PostImportReport');

const startInput = z.object({
  fileName: z.string().trim().min(1).max(200).default('import.csv'),
  content: z.string().max(MAX_IMPORT_BYTES).openapi({ description: 'The CSV file as text: columns text, channels, time, media, labels, campaign' }),
  dryRun: z.boolean().default(false),
  skipInvalidRows: z.boolean().default(false).openapi({ description: 'Import the good rows of a file that has bad ones (they are listed in errors)' }),
});

const tags = ['Publishing'];
const collection = '/api/v1/workspaces/{workspaceId}/post-imports';

export const postImportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...inWorkspace('posts.write'),
      method: 'post',
      path: collection,
      tags,
      summary: 'Import posts from a CSV file, or check it only (dryRun)',
      request: { params: workspaceParams, body: body(startInput) },
      responses: { 201: json(dryRunReport, 'Stored; the posts are being created'), 200: json(dryRunReport, 'Dry run: the report, nothing stored'), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => {
      const report = await startImport({ ...c.get('ctx'), connectors: c.get('runtime').connectors }, c.req.valid('json'));
      return c.json(report, report.id === null ? 200 : 201);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: collection, tags, summary: 'Recent imports, newest first', request: { params: workspaceParams, query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }) }, responses: { 200: json(z.object({ items: z.array(postImport) })), 404: problems[404] } }),
    async (c) => c.json({ items: await listImports(c.get('ctx'), c.req.valid('query').limit) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: `${collection}/{importId}`, tags, summary: "An import's progress and row errors", request: { params: withId('importId') }, responses: { 200: json(postImport), 404: problems[404] } }),
    async (c) => c.json(await getImport(c.get('ctx'), c.req.valid('param').importId), 200),
  );
