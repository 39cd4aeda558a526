// A made-up network on loopback for the engine's tests and bench (not a real API). It stores every
// post it receives with the idempotency key it came with, so a test can count duplicates per key,
// answers lookups by key (read-back), and can be told to misbehave on the next posts: refuse, rate
// limit, fail before storing, or store and then fail or never answer (the ambiguous cases).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type NetworkFault =
  /** Answers normally (to place a fault after some good answers). */
  | { kind: 'ok' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'auth_expired' }
  /** 503 without storing anything. */
  | { kind: 'transient' }
  /** Stores the post, then answers 503: the caller cannot tell it went out. */
  | { kind: 'stored_then_503' }
  /** Stores the post and never answers. */
  | { kind: 'stored_then_hang' }
  /** The lookup endpoint answers 503. */
  | { kind: 'lookup_down' };

export type StoredPost = { id: string; key: string; text: string; replyTo: string | null; at: number };

export type PublishNetwork = {
  baseUrl: string;
  host: string;
  posts: StoredPost[];
  /** Posts received per idempotency key. */
  countsByKey(): Map<string, number>;
  /** Keys that were posted more than once. */
  duplicates(): string[];
  /** Faults for the next requests, in order (each is used once). */
  fault(...faults: NetworkFault[]): void;
  /** When true, a repeated key returns the earlier post instead of storing a new one (a 'native' network). */
  dedupe: boolean;
  /** Waits this long before answering every request (the bench's 20 ms network). */
  delayMs: number;
  lookups: number;
  /** Posts received and not yet answered, per sending process (the x-sender-pid header). */
  inFlightFrom(pid: number): number;
  close(): Promise<void>;
};

export async function startPublishNetwork(opts: { delayMs?: number; dedupe?: boolean } = {}): Promise<PublishNetwork> {
  const posts: StoredPost[] = [];
  const byKey = new Map<string, StoredPost>();
  const faults: NetworkFault[] = [];
  const inFlight = new Map<string, number>();
  let seq = 0;
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

  const net: PublishNetwork = {
    baseUrl: '',
    host: '',
    posts,
    countsByKey() {
      const counts = new Map<string, number>();
      for (const p of posts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
      return counts;
    },
    duplicates: () => [...net.countsByKey()].filter(([, n]) => n > 1).map(([k]) => k),
    fault: (...f) => void faults.push(...f),
    dedupe: opts.dedupe ?? false,
    delayMs: opts.delayMs ?? 0,
    lookups: 0,
    inFlightFrom: (pid) => inFlight.get(String(pid)) ?? 0,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function store(key: string, body: { text?: string; replyTo?: string }): StoredPost {
    const earlier = byKey.get(key);
    if (net.dedupe && earlier) return earlier;
    const post = { id: `p${++seq}`, key, text: body.text ?? '', replyTo: body.replyTo ?? null, at: Date.now() };
    posts.push(post);
    byKey.set(key, post);
    return post;
  }
  const view = (p: StoredPost) => ({ id: p.id, url: `${net.baseUrl}/@me/${p.id}` });

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://network');
    if (req.method === 'GET' && url.pathname === '/api/posts') {
      net.lookups++;
      if (faults[0]?.kind === 'lookup_down') {
        faults.shift();
        return send(res, 503, { error: 'Lookups are down' });
      }
      const found = byKey.get(url.searchParams.get('key') ?? '');
      return send(res, 200, { posts: found ? [view(found)] : [] });
    }
    if (req.method === 'POST' && url.pathname === '/api/posts') {
      const key = String(req.headers['idempotency-key'] ?? '');
      const fault = faults[0]?.kind === 'lookup_down' ? undefined : faults.shift();
      if (fault?.kind === 'rejected') return send(res, 422, { error: fault.reason });
      if (fault?.kind === 'rate_limited') return send(res, 429, { error: 'Slow down' }, { 'retry-after': String(fault.retryAfterSeconds) });
      if (fault?.kind === 'auth_expired') return send(res, 401, { error: 'The access token was revoked' });
      if (fault?.kind === 'transient') return send(res, 503, { error: 'Down for maintenance' });
      const post = store(key, JSON.parse(raw || '{}') as { text?: string; replyTo?: string });
      if (fault?.kind === 'stored_then_503') return send(res, 503, { error: 'Upstream timeout' });
      if (fault?.kind === 'stored_then_hang') return;
      return send(res, 200, view(post));
    }
    send(res, 404, { error: 'no such route' });
  }

  const server = http.createServer((req, res) => {
    const sender = req.method === 'POST' ? String(req.headers['x-sender-pid'] ?? '') : '';
    inFlight.set(sender, (inFlight.get(sender) ?? 0) + 1);
    res.once('close', () => inFlight.set(sender, inFlight.get(sender)! - 1));
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => (net.delayMs > 0 ? setTimeout(() => handle(req, res, raw), net.delayMs) : handle(req, res, raw)));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  net.baseUrl = `http://127.0.0.1:${port}`;
  net.host = `127.0.0.1:${port}`;
  return net;
}
