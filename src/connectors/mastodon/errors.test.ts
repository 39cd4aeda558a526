// Mastodon's own failure shapes: 429 with X-RateLimit-Reset as an ISO moment and no Retry-After,
// {"error": ...} bodies, HTML from the proxy on 5xx, revoked tokens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConnectorContext } from '../sdk/context.ts';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

describe('Mastodon errors', () => {
  let h: Instance;
  before(async () => (h = await startInstance()));
  after(() => h.network.close());

  it('429 waits until X-RateLimit-Reset', async () => {
    h.network.failNext({ kind: 'rate_limited', retryAfterSeconds: 120 });
    const result = await mastodon.fetchInbox!(h.ctx, { cursor: null, limit: 5 });
    assert.ok(!result.ok && result.error.kind === 'rate_limited');
    assert.ok(result.error.retryAfterSeconds >= 119 && result.error.retryAfterSeconds <= 120, String(result.error.retryAfterSeconds));
  });

  it('a revoked token is auth_expired; a 5xx page from the proxy is transient, without its body', async () => {
    h.network.failNext({ kind: 'auth_expired' });
    const revoked = await mastodon.identify!(h.ctx);
    assert.deepEqual(!revoked.ok && revoked.error, { kind: 'auth_expired', reason: 'The access token was revoked' });
    h.network.failNext({ kind: 'transient' });
    const down = await mastodon.readLimits!(h.ctx);
    assert.deepEqual(!down.ok && down.error, { kind: 'transient', reason: 'HTTP 503', code: 'http_503' });
  });

  it('credentials of another kind are auth_expired, and nothing is sent', async () => {
    const before = h.network.state.requests.length;
    const ctx = createConnectorContext({ channelId: 'c', config: h.ctx.config, credentials: { kind: 'bot-token', token: 'x' }, allowHosts: [h.network.host] });
    const result = await mastodon.identify!(ctx);
    assert.equal(!result.ok && result.error.kind, 'auth_expired');
    assert.equal(h.network.state.requests.length, before);
  });

  it('without an allowlist entry, safe fetch refuses the loopback instance', async () => {
    const ctx = createConnectorContext({ channelId: 'c', config: h.ctx.config, credentials: h.ctx.credentials });
    const before = h.network.state.requests.length;
    const result = await mastodon.identify!(ctx);
    assert.equal(!result.ok && result.error.kind === 'rejected' && result.error.code, 'address_refused');
    assert.equal(h.network.state.requests.length, before);
  });
});
