// Only loopback servers started here are ever contacted; private addresses used as examples are
// refused before any connection is attempted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSafeFetch } from './safe-fetch.ts';
import type { Resolver } from './safe-fetch/pinned-lookup.ts';

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders };

async function startServer(handler: http.RequestListener) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host: `127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Server = Awaited<ReturnType<typeof startServer>>;
const fixedResolver = (answers: Record<string, string[]>): Resolver & { calls: string[] } => {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    return (answers[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolver, { calls });
};

const errorOf = (r: { ok: boolean; error?: unknown }) => (r.ok ? undefined : (r.error as { kind: string; code?: string }));

describe('safeFetch', () => {
  let main: Server;
  let other: Server;

  before(async () => {
    other = await startServer((req, res) => res.end(JSON.stringify({ auth: req.headers.authorization ?? null, method: req.method })));
    main = await startServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/hello') return res.end('hello');
      if (path === '/json') return res.setHeader('content-type', 'application/json').end('{"a":1}');
      if (path === '/hang') return; // never answers
      if (path === '/huge') {
        res.writeHead(200); // no content-length: the cap must hold while streaming
        const chunk = Buffer.alloc(16 * 1024, 97);
        for (let i = 0; i < 64; i++) res.write(chunk);
        return res.end();
      }
      if (path === '/declared-huge') return res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).end();
      if (path === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (path === '/to-private') return res.writeHead(302, { location: 'http://10.0.0.1/admin' }).end();
      if (path === '/to-other') return res.writeHead(303, { location: `${other.base}/landing` }).end();
      if (path === '/to-hello') return res.writeHead(307, { location: '/hello' }).end();
      res.writeHead(404).end('not here');
    });
  });

  after(async () => {
    await main.close();
    await other.close();
  });

  it('refuses a loopback literal that is not allowlisted, without connecting', async () => {
    const before = main.seen.length;
    const r = await createSafeFetch()(`${main.base}/hello`);
    assert.deepEqual(errorOf(r), { kind: 'rejected', code: 'address_refused', reason: '127.0.0.1 is a private or local address' });
    assert.equal(main.seen.length, before);
  });

  it('reaches an allowlisted host:port and returns status, headers and body', async () => {
    const r = await createSafeFetch({ allowHosts: [main.host] })(`${main.base}/json`);
    assert.ok(r.ok);
    assert.equal(r.value.status, 200);
    assert.equal(r.value.headers.get('content-type'), 'application/json');
    assert.deepEqual(r.value.json(), { a: 1 });
  });

  it('answers a 404 as a response, leaving its meaning to the connector', async () => {
    const r = await createSafeFetch({ allowHosts: [main.host] })(`${main.base}/nothing`);
    assert.ok(r.ok);
    assert.equal(r.value.status, 404);
    assert.equal(r.value.json(), undefined);
  });

  it('does not extend an allowlisted host:port to other ports', async () => {
    const r = await createSafeFetch({ allowHosts: [`127.0.0.1:${main.port + 1}`] })(`${main.base}/hello`);
    assert.equal(errorOf(r)?.code, 'address_refused');
  });

  it('refuses localhost, IPv6 loopback, IPv4-mapped and numeric forms of loopback', async () => {
    const fetch = createSafeFetch();
    for (const url of [`http://localhost:${main.port}/`, 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://169.254.169.254/latest/meta-data']) {
      assert.equal(errorOf(await fetch(url))?.code, 'address_refused', url);
    }
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const resolver = fixedResolver({ 'mixed.example': ['93.184.216.34', '10.0.0.7'], 'inside.example': ['fd00::1'] });
    const fetch = createSafeFetch({ resolver });
    assert.equal(errorOf(await fetch('http://mixed.example/'))?.code, 'address_refused');
    assert.equal(errorOf(await fetch('https://inside.example/'))?.code, 'address_refused');
  });

  it('connects to the very address it checked (pinned, so DNS rebinding has no second answer)', async () => {
    const resolver = fixedResolver({ 'fixture.test': ['127.0.0.1'] });
    const r = await createSafeFetch({ resolver, allowHosts: ['fixture.test'] })(`http://fixture.test:${main.port}/hello`);
    assert.ok(r.ok);
    assert.equal(r.value.text(), 'hello');
    assert.deepEqual(resolver.calls, ['fixture.test']);
    assert.equal(main.seen.at(-1)?.headers.host, `fixture.test:${main.port}`);
  });

  it('re-checks every redirect hop', async () => {
    const r = await createSafeFetch({ allowHosts: [main.host] })(`${main.base}/to-private`);
    assert.equal(errorOf(r)?.code, 'address_refused');
  });

  it('follows allowed redirects, keeping the method on 307', async () => {
    const r = await createSafeFetch({ allowHosts: [main.host] })(`${main.base}/to-hello`, { method: 'POST', body: 'x' });
    assert.ok(r.ok);
    assert.equal(r.value.text(), 'hello');
    assert.equal(r.value.url, `${main.base}/hello`);
    assert.equal(main.seen.at(-1)?.method, 'POST');
  });

  it('turns a 303 into a GET and drops the Authorization header on another origin', async () => {
    const fetch = createSafeFetch({ allowHosts: [main.host, other.host] });
    const r = await fetch(`${main.base}/to-other`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' } });
    assert.ok(r.ok);
    assert.deepEqual(r.value.json(), { auth: null, method: 'GET' });
  });

  it('stops redirect loops', async () => {
    const r = await createSafeFetch({ allowHosts: [main.host], maxRedirects: 3 })(`${main.base}/loop`);
    assert.equal(errorOf(r)?.code, 'too_many_redirects');
  });

  it('times out as transient', async () => {
    const started = Date.now();
    const r = await createSafeFetch({ allowHosts: [main.host], timeoutMs: 150 })(`${main.base}/hang`);
    assert.deepEqual(errorOf(r), { kind: 'transient', code: 'timeout', reason: 'no complete answer within 150 ms' });
    assert.ok(Date.now() - started < 2_000);
  });

  it('caps the response size while streaming and from a declared length', async () => {
    const fetch = createSafeFetch({ allowHosts: [main.host], maxResponseBytes: 64 * 1024 });
    assert.equal(errorOf(await fetch(`${main.base}/huge`))?.code, 'response_too_large');
    assert.equal(errorOf(await fetch(`${main.base}/declared-huge`))?.code, 'response_too_large');
  });

  it('maps a refused connection to transient', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const r = await createSafeFetch({ allowHosts: [closed.host] })(`${closed.base}/`);
    assert.deepEqual(errorOf(r), { kind: 'transient', code: 'network', reason: 'network error (ECONNREFUSED)' });
  });

  it('refuses other schemes, credentials in URLs and garbage', async () => {
    const fetch = createSafeFetch();
    for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'http://user:pw@example.com/', 'not a url']) {
      assert.equal(errorOf(await fetch(url))?.code, 'invalid_url', url);
    }
  });
});
