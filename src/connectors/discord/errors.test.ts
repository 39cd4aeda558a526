// Discord's own error shapes (topics/rate-limits, topics/opcodes-and-status-codes#json) mapped to
// the four connector error kinds, through the fixture and directly.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { discordConnector } from './index.ts';
import { discordError } from './map-errors.ts';
import { startTestbed } from './fixture/harness.ts';
import type { DiscordTestbed } from './fixture/harness.ts';

describe('discord errors', () => {
  let t: DiscordTestbed;
  before(async () => (t = await startTestbed()));
  after(() => t.network.close());
  const publish = () => discordConnector.publish!(t.ctx, { idempotencyKey: crypto.randomUUID(), text: 'hello', media: [], settings: { mentions: 'none' } });

  it('a global 429 waits retry_after (a float, rounded up) and says it is global', async () => {
    t.network.failNextWith({
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 1.337, global: true },
      headers: { 'retry-after': '2', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    });
    const result = await publish();
    assert.deepEqual(result.ok ? null : result.error, { kind: 'rate_limited', reason: 'Discord global rate limit (50 requests/s per bot)', retryAfterSeconds: 2 });
  });

  it("a shared-resource 429 uses the body's retry_after over the headers", async () => {
    t.network.failNextWith({
      status: 429,
      body: { message: 'The resource is being rate limited.', retry_after: 1336.57, global: false },
      headers: { 'retry-after': '1337', 'x-ratelimit-remaining': '9', 'x-ratelimit-reset-after': '64.57', 'x-ratelimit-scope': 'shared' },
    });
    const result = await publish();
    assert.deepEqual(result.ok ? null : result.error, { kind: 'rate_limited', reason: 'Discord rate limit (shared)', retryAfterSeconds: 1337 });
  });

  it('403 Missing Permissions (50013) is rejected with the reason and code', async () => {
    t.network.failNextWith({ status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const result = await publish();
    assert.deepEqual(result.ok ? null : result.error, { kind: 'rejected', reason: 'Missing Permissions', code: 'discord_50013' });
  });

  it('404 Unknown Message (10008) is rejected', async () => {
    const result = await discordConnector.moderate!(t.ctx, { action: 'delete', targetExternalId: `${t.network.state.text.id}/1234567890` });
    assert.deepEqual(result.ok ? null : result.error, { kind: 'rejected', reason: 'Unknown Message', code: 'discord_10008' });
  });

  it('a revoked token (401 with code 0) is auth_expired', async () => {
    t.network.failNextWith({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const result = await publish();
    assert.deepEqual(result.ok ? null : result.error, { kind: 'auth_expired', reason: '401: Unauthorized' });
  });

  it('maps a body-less 429 (Cloudflare) by X-RateLimit-Reset-After, and 5xx as transient', () => {
    const headers = new Headers({ 'x-ratelimit-reset-after': '3.2' });
    assert.deepEqual(discordError(429, headers, undefined), { kind: 'rate_limited', reason: 'Discord rate limit', retryAfterSeconds: 4 });
    assert.deepEqual(discordError(500, new Headers(), { message: 'Internal Server Error', code: 0 }), { kind: 'transient', reason: 'Internal Server Error', code: 'http_500' });
    assert.equal(discordError(204, new Headers(), undefined), undefined);
  });
});
