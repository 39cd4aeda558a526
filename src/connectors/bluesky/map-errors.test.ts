// Error mapping through the whole client path (safe fetch, @atproto/api, session renewal) against
// a loopback XRPC fixture, for the shapes the shared contract suite does not produce.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConnectorContext } from '../sdk/context.ts';
import type { Credentials } from '../sdk/credentials.ts';
import type { Result } from '../sdk/result.ts';
import type { BlueskyConfig } from './config.ts';
import { identify } from './identify.ts';
import { sessionBody, startXrpcFixture } from './test-support/xrpc-fixture.ts';

const PROFILE = 'app.bsky.actor.getProfile';
const errorOf = (result: Result<unknown>) => (result.ok ? assert.fail('expected a failure') : result.error);

describe('Bluesky error mapping (XRPC fixture)', () => {
  let fixture: Awaited<ReturnType<typeof startXrpcFixture>>;
  before(async () => (fixture = await startXrpcFixture()));
  after(() => fixture.close());

  const context = (session = sessionBody(0), service = fixture.url) => {
    const saved: Credentials[] = [];
    const ctx = createConnectorContext<BlueskyConfig>({
      channelId: 'c',
      config: { service, webUrl: 'https://bsky.app', allowHosts: [] },
      credentials: { kind: 'app-password', identifier: 'alice.test', password: 'app-pass', session: JSON.stringify(session) },
      allowHosts: [fixture.host],
      fetchPolicy: { timeoutMs: 1_000 },
      saveCredentials: async (c) => void saved.push(c),
    });
    return Object.assign(ctx, { saved });
  };

  it('refreshes an expired access token (400 ExpiredToken), sends the call again and saves the new session', async () => {
    fixture.script(PROFILE, { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } });
    const ctx = context();
    const result = await identify(ctx);
    assert.equal(result.ok && result.value.handle, 'alice.test');
    assert.equal(ctx.saved.length, 1);
    const last = fixture.calls.filter((c) => c.method === PROFILE).at(-1);
    assert.match(last?.authorization ?? '', /^Bearer access-\d+$/);
    assert.notEqual(last?.authorization, 'Bearer access-0');
  });

  it('is rate_limited, not auth_expired, when the renewal itself is rate limited', async () => {
    fixture.script(PROFILE, { status: 401, body: { error: 'AuthenticationRequired' } });
    fixture.script('com.atproto.server.refreshSession', { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { 'retry-after': '17' } });
    assert.deepEqual(errorOf(await identify(context())), { kind: 'rate_limited', reason: 'Rate Limit Exceeded', retryAfterSeconds: 17 });
  });

  it('is auth_expired when neither the refresh token nor the app password is accepted', async () => {
    fixture.script(PROFILE, { status: 400, body: { error: 'InvalidToken', message: 'Token could not be verified' } });
    fixture.script('com.atproto.server.refreshSession', { status: 400, body: { error: 'ExpiredToken', message: 'Token has been revoked' } });
    fixture.script('com.atproto.server.createSession', { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } });
    assert.deepEqual(errorOf(await identify(context())), { kind: 'auth_expired', reason: 'Invalid identifier or password' });
  });

  it('reads RateLimit-Reset as epoch seconds, as the PDS sends it, when there is no Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 300;
    fixture.script(PROFILE, { status: 429, body: { error: 'RateLimitExceeded' }, headers: { 'ratelimit-reset': String(reset), 'ratelimit-remaining': '0' } });
    const error = errorOf(await identify(context()));
    assert.equal(error.kind, 'rate_limited');
    assert.ok(error.kind === 'rate_limited' && error.retryAfterSeconds >= 299 && error.retryAfterSeconds <= 301, JSON.stringify(error));
  });

  it('waits the default 60 seconds when a 429 says nothing about when to come back', async () => {
    fixture.script(PROFILE, { status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' } });
    assert.deepEqual(errorOf(await identify(context())), { kind: 'rate_limited', reason: 'Rate Limit Exceeded', retryAfterSeconds: 60 });
  });

  it('maps a suspended account, an oversized payload, upstream failures and invalid answers', async () => {
    fixture.script(PROFILE, { status: 400, body: { error: 'AccountTakedown', message: 'Account has been taken down' } });
    assert.deepEqual(errorOf(await identify(context())), { kind: 'rejected', reason: 'Account has been taken down', code: 'AccountTakedown' });
    fixture.script(PROFILE, { status: 413, body: { error: 'PayloadTooLarge', message: 'request entity too large' } });
    assert.equal(errorOf(await identify(context())).kind, 'rejected');
    fixture.script(PROFILE, { status: 502, body: { error: 'UpstreamFailure', message: 'Upstream Failure' } });
    assert.deepEqual(errorOf(await identify(context())), { kind: 'transient', reason: 'Upstream Failure', code: 'UpstreamFailure' });
    fixture.script(PROFILE, { status: 200, body: { nothing: 'like a profile' } });
    assert.equal(errorOf(await identify(context())).kind, 'transient');
  });

  it("keeps safe fetch's refusal of a private address that the channel does not allow", async () => {
    const error = errorOf(await identify(context(sessionBody(0), 'http://10.0.0.1:2583')));
    assert.deepEqual([error.kind, 'code' in error && error.code], ['rejected', 'address_refused']);
  });
});

