// Starts the HTTP server on a runtime. Used by `tandem start` and by tests that need a socket.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './http/app.ts';
import type { Runtime } from './runtime.ts';

export const webDist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

export async function startServer(runtime: Runtime, opts: { port?: number; host?: string } = {}): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const app = createApp(runtime, { webDir: webDist });
  const port = opts.port ?? runtime.config.port;
  const host = opts.host ?? runtime.config.host;
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;
  const url = runtime.config.publicUrl ?? `http://localhost:${actual}`;
  return { server, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
