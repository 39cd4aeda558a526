// THE SDK'S OWN EXAMPLE, NOT A REAL NETWORK. A tiny social network on loopback (node:http) with a
// made-up JSON API, just rich enough to prove that the contract suite works and to show how a
// connector's fixtures can misbehave on demand. Real connectors build their fixtures from their
// network's published API reference.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Failure, NetworkView, StoredPost } from '../harness.ts';
import type { MetricName, ModerationAction } from '../../operations.ts';

type Post = StoredPost & { id: string; key?: string };
type Inbound = { seq: number; id: string; author: string; text: string; at: string };

export type FakeNetwork = NetworkView & { baseUrl: string; host: string; close(): Promise<void> };

export async function startFakeNetwork(token: string): Promise<FakeNetwork> {
  const posts: Post[] = [];
  const inbox: Inbound[] = [];
  const moderation: Array<{ action: ModerationAction; targetExternalId: string }> = [];
  const metrics = new Map<string, Partial<Record<MetricName, number>>>();
  let nextFailure: Failure | undefined;
  let seq = 0;

  const send = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? undefined : JSON.stringify(body));
  };

  function failWith(res: http.ServerResponse, failure: Failure): void {
    if (failure.kind === 'auth_expired') return send(res, 401, { error: 'The access token is no longer valid' });
    if (failure.kind === 'rate_limited') return send(res, 429, { error: 'Too many requests' }, { 'retry-after': String(failure.retryAfterSeconds) });
    if (failure.kind === 'rejected') return send(res, 400, { error: failure.reason, debug: 'x'.repeat(5_000) });
    if (failure.kind === 'transient') return send(res, 503, { error: 'Down for maintenance' });
    // timeout: never answer; close() ends the connection.
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Record<string, unknown>) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /api/posts') {
      const key = req.headers['idempotency-key'] as string | undefined;
      const existing = key ? posts.find((p) => p.key === key) : undefined;
      if (existing) return send(res, 200, { id: existing.id });
      const replyTo = body.replyTo as string | undefined;
      if (replyTo && !posts.some((p) => p.id === replyTo) && !inbox.some((i) => i.id === replyTo)) return send(res, 404, { error: 'No such post to reply to' });
      const post: Post = { id: `p${++seq}`, text: String(body.text), mediaCount: (body.media as unknown[] | undefined)?.length ?? 0 };
      if (replyTo) post.replyTo = replyTo;
      if (key) post.key = key;
      posts.push(post);
      return send(res, 201, { id: post.id });
    }
    if (route === 'GET /api/posts') {
      const key = url.searchParams.get('idempotency_key');
      return send(res, 200, { posts: posts.filter((p) => p.key === key).map((p) => ({ id: p.id })) });
    }
    if (route === 'GET /api/inbox') {
      const after = Number(url.searchParams.get('after') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const newer = inbox.filter((i) => i.seq > after);
      const page = newer.slice(0, limit);
      return send(res, 200, { items: page, last: page.at(-1)?.seq ?? after, more: newer.length > limit });
    }
    if (route === 'POST /api/moderation') {
      moderation.push({ action: body.action as ModerationAction, targetExternalId: String(body.target) });
      return send(res, 204);
    }
    if (route === 'GET /api/stats') {
      const ids = (url.searchParams.get('ids') ?? '').split(',');
      return send(res, 200, ids.map((id) => ({ id, like_count: metrics.get(id)?.likes ?? 0, boost_count: metrics.get(id)?.reposts ?? 0, reply_count: metrics.get(id)?.replies ?? 0 })));
    }
    send(res, 404, { error: `no route ${route}` });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (nextFailure) {
        const failure = nextFailure;
        nextFailure = undefined;
        return failWith(res, failure);
      }
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unknown token' });
      const text = Buffer.concat(chunks).toString();
      void handle(req, res, text ? (JSON.parse(text) as Record<string, unknown>) : {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    findPost: async (id) => {
      const post = posts.find((p) => p.id === id);
      return post && { text: post.text, mediaCount: post.mediaCount, ...(post.replyTo ? { replyTo: post.replyTo } : {}) };
    },
    countPosts: async (text) => posts.filter((p) => p.text === text).length,
    receive: async (text) => {
      const item = { seq: ++seq, id: `m${seq}`, author: `u${seq}`, text, at: new Date().toISOString() };
      inbox.push(item);
      return { externalId: item.id, authorExternalId: item.author };
    },
    moderationLog: async () => [...moderation],
    setMetrics: async (id, counts) => void metrics.set(id, counts),
    failNext: (failure) => void (nextFailure = failure),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
