import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createConnectorContext } from './context.ts';
import { createRateLimiter } from './rate-limiter.ts';

describe("a channel's context", () => {
  let server: http.Server;
  let hits = 0;
  let host = '';
  before(async () => {
    server = http.createServer((_req, res) => (hits++, res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("holds requests back once the account's window is full, without reaching the network", async () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(() => now);
    const ctx = createConnectorContext({
      channelId: 'c1',
      config: {},
      credentials: { kind: 'none' },
      allowHosts: [host],
      rateLimit: { limiter, rules: [{ requests: 2, windowSeconds: 60, scope: 'all' }, { requests: 1, windowSeconds: 60, scope: 'publish' }] },
    });
    assert.ok((await ctx.fetch(`http://${host}/a`)).ok);
    assert.ok((await ctx.fetch(`http://${host}/b`)).ok, "a 'publish' rule does not limit other requests");
    const held = await ctx.fetch(`http://${host}/c`);
    assert.deepEqual(held.ok ? null : [held.error.kind, held.error.kind === 'rate_limited' && held.error.retryAfterSeconds], ['rate_limited', 60]);
    assert.equal(hits, 2);
    now += 60_001;
    assert.ok((await ctx.fetch(`http://${host}/d`)).ok);
    assert.equal(hits, 3);
  });
});
