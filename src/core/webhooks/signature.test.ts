// The signature scheme, the retry schedule and subscription patterns, in isolation.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { patternsMatching } from './event-patterns.ts';
import { maxAttempts, nextAttemptAt, retryDelaysSeconds } from './retry-schedule.ts';
import { checkSignature, sign } from './signature.ts';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const now = new Date('2026-11-23T12:00:00Z');
  const ts = String(now.getTime() / 1000);
  const body = '{"id":"evt-1"}';

  it('is sha256=<hex> of HMAC-SHA256 over "<timestamp>.<body>" (the README example)', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    assert.equal(sign(secret, ts, body), `sha256=${expected}`);
    // The worked example in src/connectors/webhook/README.md, computed there with openssl.
    const example = '{"id":"evt-1","type":"message","occurredAt":"2026-11-23T12:00:00Z","author":{"id":"forum:42"},"text":"Hello"}';
    assert.equal(sign('my-shared-secret-of-at-least-32-characters', 1795435200, example), 'sha256=c87e5db2c97f5f9c32c881a54d7810f1f67184b711cef807c961cacbfa7d74ca');
  });

  it('accepts the right signature within five minutes either way', () => {
    for (const skew of [-300, 0, 300]) {
      const at = String(Number(ts) + skew);
      assert.equal(checkSignature({ secret, timestamp: at, signature: sign(secret, at, body), body, now }), 'ok');
    }
    assert.equal(checkSignature({ secret, timestamp: ts, signature: sign(secret, ts, body).toUpperCase().replace('SHA256', 'sha256'), body, now }), 'ok');
  });

  it('tells missing, expired and invalid apart', () => {
    const check = (timestamp: string | undefined, signature: string | undefined, b = body) => checkSignature({ secret, timestamp, signature, body: b, now });
    assert.equal(check(undefined, sign(secret, ts, body)), 'missing');
    assert.equal(check(ts, undefined), 'missing');
    const old = String(Number(ts) - 301);
    assert.equal(check(old, sign(secret, old, body)), 'expired');
    assert.equal(check(ts, sign('other', ts, body)), 'invalid');
    assert.equal(check(ts, sign(secret, ts, body), body + ' '), 'invalid');
    assert.equal(check(ts, 'sha256=abc'), 'invalid');
    assert.equal(check('12.5', sign(secret, '12.5', body)), 'invalid');
  });
});

describe('webhook retry schedule', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 12 h (±20 %), then gives up', () => {
    const now = new Date(0);
    const delays = [1, 2, 3, 4, 5].map((attempts) => nextAttemptAt(now, attempts, () => 0.5)!.getTime() / 1000);
    assert.deepEqual(delays, [...retryDelaysSeconds]);
    assert.equal(nextAttemptAt(now, 1, () => 0)!.getTime(), 48_000);
    assert.equal(nextAttemptAt(now, 1, () => 1)!.getTime(), 72_000);
    assert.equal(nextAttemptAt(now, maxAttempts, () => 0.5), null);
    assert.equal(maxAttempts, 6);
  });
});

describe('webhook event patterns', () => {
  it('matches everything, the exact name and each family above it', () => {
    assert.deepEqual(patternsMatching('member.invite'), ['*', 'member.invite', 'member.*']);
    assert.deepEqual(patternsMatching('channel.credentials_renew'), ['*', 'channel.credentials_renew', 'channel.*']);
    assert.deepEqual(patternsMatching('a.b.c'), ['*', 'a.b.c', 'a.*', 'a.b.*']);
  });
});
