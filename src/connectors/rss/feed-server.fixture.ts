// A small real feed server on loopback for tests: it serves an RSS 2.0 feed that grows when a test
// "receives" an entry, plus any fixture file a test registers, with HTTP validators as RFC 9110
// describes them: a strong ETag and Last-Modified on every 200, and 304 Not Modified when
// If-None-Match matches (which takes precedence) or, without it, when If-Modified-Since is not
// older than Last-Modified. It can fail once on demand, as the contract suite asks.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Failure, NetworkView } from '../sdk/contract/harness.ts';

type Resource = { body: Buffer; contentType: string; modified: Date; validators: boolean };
export type FeedServer = NetworkView & {
  baseUrl: string;
  host: string;
  feedUrl: string;
  /** Serves `body` at `${baseUrl}/files/${name}`; validators off for servers that send none. */
  serve(name: string, body: string | Buffer, contentType: string, options?: { validators?: boolean }): string;
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders; status: number }>;
  close(): Promise<void>;
};

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('hex')}"`;

export async function startFeedServer(): Promise<FeedServer> {
  const entries: Array<{ guid: string; title: string; author: string; date: Date }> = [];
  const files = new Map<string, Resource>();
  const requests: FeedServer['requests'] = [];
  let feed: Resource = { body: Buffer.alloc(0), contentType: 'application/rss+xml; charset=utf-8', modified: new Date(), validators: true };
  let nextFailure: Failure | undefined;
  let seq = 0;

  function rebuild(): void {
    const items = entries
      .slice()
      .reverse() // newest first, as feeds are
      .map((e) => `<item><guid isPermaLink="false">${e.guid}</guid><title>${escapeXml(e.title)}</title><link>/posts/${e.guid}</link><dc:creator>${escapeXml(e.author)}</dc:creator><pubDate>${e.date.toUTCString()}</pubDate><description>${escapeXml(`<p>${e.title}</p>`)}</description></item>`)
      .join('');
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Fixture feed</title><link>http://fixture.example/</link><description>A feed for tests</description>${items}</channel></rss>`;
    feed = { ...feed, body: Buffer.from(xml), modified: new Date() };
  }
  rebuild();

  function notModified(req: http.IncomingMessage, resource: Resource): boolean {
    if (!resource.validators) return false;
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === etagOf(resource.body) || tag.trim() === '*');
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    return !Number.isNaN(since) && Math.floor(resource.modified.getTime() / 1000) * 1000 <= since;
  }

  function answerFailure(res: http.ServerResponse, f: Failure): boolean {
    const plain = { 'content-type': 'text/plain; charset=utf-8' };
    if (f.kind === 'auth_expired') res.writeHead(401, { ...plain, 'www-authenticate': 'Basic realm="feed"' }).end('Authorization required');
    else if (f.kind === 'rate_limited') res.writeHead(429, { ...plain, 'retry-after': String(f.retryAfterSeconds) }).end('Slow down');
    else if (f.kind === 'rejected') res.writeHead(400, plain).end(`${f.reason}\n${'detail '.repeat(1000)}`);
    else if (f.kind === 'transient') res.writeHead(503, { 'content-type': 'text/html' }).end('<html><head><title>503 Service Unavailable</title></head><body>down</body></html>');
    else return false; // timeout: never answer
    return true;
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const record = (status: number) => requests.push({ path, headers: req.headers, status });
    if (nextFailure) {
      const f = nextFailure;
      nextFailure = undefined;
      record(0);
      answerFailure(res, f);
      return;
    }
    const resource = path === '/feed.xml' ? feed : files.get(path.replace(/^\/files\//, ''));
    if (!resource) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><head><title>404 Not Found</title></head></html>');
      return;
    }
    const validators = resource.validators ? { etag: etagOf(resource.body), 'last-modified': resource.modified.toUTCString() } : {};
    if (notModified(req, resource)) {
      record(304);
      res.writeHead(304, validators).end();
      return;
    }
    record(200);
    res.writeHead(200, { 'content-type': resource.contentType, ...validators }).end(resource.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    host: `127.0.0.1:${port}`,
    feedUrl: `${baseUrl}/feed.xml`,
    requests,
    serve: (name, body, contentType, options = {}) => {
      files.set(name, { body: Buffer.from(body), contentType, modified: new Date(), validators: options.validators ?? true });
      return `${baseUrl}/files/${name}`;
    },
    findPost: async () => undefined,
    countPosts: async () => 0,
    receive: async (text) => {
      const guid = `entry-${++seq}`;
      const author = `Author ${seq}`;
      entries.push({ guid, title: text, author, date: new Date(Date.now() - 1000 * (100 - seq)) });
      rebuild();
      return { externalId: guid, authorExternalId: author };
    },
    moderationLog: async () => [],
    setMetrics: async () => {},
    failNext: (f) => void (nextFailure = f),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
