// Serves the built web app (web/dist) and sends every non-API path to its index.html, where the
// React router takes over. The page may only load scripts and styles from this server.
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export function serveWeb(app: OpenAPIHono<AppEnv>, webDir: string) {
  const indexFile = path.join(webDir, 'index.html');
  // Read once and kept: a build replaces the hashed assets it names, so it needs a restart anyway.
  let indexHtml: string | undefined;
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.', onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  app.get('*', (c) => {
    if (indexHtml === undefined) {
      if (!fs.existsSync(indexFile)) {
        return c.text('The web app is not built yet: run `npm run build:web` (npm ci does it for you).', 503);
      }
      indexHtml = fs.readFileSync(indexFile, 'utf8');
    }
    c.header('content-security-policy', csp);
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml);
  });
}
