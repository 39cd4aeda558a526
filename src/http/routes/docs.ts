// The OpenAPI 3.1 document and a human-readable reference page, served without any CDN.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from '../env.ts';

const require = createRequire(import.meta.url);
const scalarBundlePath = require.resolve('@scalar/api-reference/browser/standalone.js');
// 3.5 MB that never changes while the process runs: read on first use, then served from memory.
let scalarBundle: Uint8Array<ArrayBuffer> | undefined;

export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'tandem_session', description: 'Browser session; unsafe methods also need the X-CSRF-Token header' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'API token (tdm_...) bound to one workspace and role' });
  // The routes are fixed once the app is built, so the document is generated on the first request
  // (every route is registered by then) and reused, instead of regenerated per request as doc31() does.
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get('/api/openapi.json', (c) =>
    c.json(
      (document ??= app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: { title: 'Tandem API', version: '1', description: 'Errors are application/problem+json with a stable `code` and the `requestId`.' },
      })),
    ),
  );
  app.get('/api/docs/standalone.js', (c) => c.body((scalarBundle ??= fs.readFileSync(scalarBundlePath)), 200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=86400' }));
  app.get('/api/docs', Scalar({ url: '/api/openapi.json', cdn: '/api/docs/standalone.js', pageTitle: 'Tandem API reference', withDefaultFonts: false }));
}
