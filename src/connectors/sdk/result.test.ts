import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authExpired, isRetryable, MAX_REASON_LENGTH, ok, rateLimited, rejected, shortReason, transient } from './result.ts';

describe('connector results', () => {
  it('wraps a value as ok', () => {
    assert.deepEqual(ok({ externalId: '1' }), { ok: true, value: { externalId: '1' } });
  });

  it('builds each error kind with its retry policy', () => {
    const errors = [authExpired('token revoked'), rateLimited(12.2), rejected('too long', 'http_400'), transient('reset')];
    assert.deepEqual(errors.map((e) => e.error.kind), ['auth_expired', 'rate_limited', 'rejected', 'transient']);
    assert.deepEqual(errors.map((e) => isRetryable(e.error)), [false, true, false, true]);
  });

  it('rounds retry-after up and never below one second', () => {
    const a = rateLimited(12.2).error;
    const b = rateLimited(-5).error;
    assert.equal(a.kind === 'rate_limited' && a.retryAfterSeconds, 13);
    assert.equal(b.kind === 'rate_limited' && b.retryAfterSeconds, 1);
  });

  it('keeps reasons short and on one line', () => {
    const long = shortReason(`<html>\n${'x'.repeat(5000)}</html>`);
    assert.equal(long.length, MAX_REASON_LENGTH);
    assert.ok(!long.includes('\n'));
    assert.equal(shortReason('   '), 'no reason given');
    assert.equal(shortReason(undefined, 'HTTP 400'), 'HTTP 400');
  });
});
