import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RETRY_AFTER_SECONDS, errorFromHttpStatus, retryAfterFromHeaders } from './http-errors.ts';

const now = Date.parse('2026-11-23T12:00:00Z');
const nowEpoch = now / 1000;

describe('errorFromHttpStatus', () => {
  it('leaves successes to the caller', () => {
    assert.equal(errorFromHttpStatus(200, {}), undefined);
    assert.equal(errorFromHttpStatus(302, {}), undefined);
  });

  it('maps 401 to auth_expired', () => {
    assert.deepEqual(errorFromHttpStatus(401, {}, 'The access token expired'), { kind: 'auth_expired', reason: 'The access token expired' });
  });

  it('maps 429 to rate_limited with Retry-After seconds', () => {
    assert.deepEqual(errorFromHttpStatus(429, { 'retry-after': '42' }, undefined, now), {
      kind: 'rate_limited',
      reason: 'HTTP 429',
      retryAfterSeconds: 42,
    });
  });

  it('falls back to a default wait when a 429 names none', () => {
    const e = errorFromHttpStatus(429, {}, 'slow down', now);
    assert.equal(e?.kind === 'rate_limited' && e.retryAfterSeconds, DEFAULT_RETRY_AFTER_SECONDS);
  });

  it('treats a 403 with zero remaining requests as rate limited', () => {
    const e = errorFromHttpStatus(403, new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowEpoch + 30) }), undefined, now);
    assert.equal(e?.kind === 'rate_limited' && e.retryAfterSeconds, 30);
  });

  it('maps other 4xx to rejected with the network reason and a status code', () => {
    assert.deepEqual(errorFromHttpStatus(422, {}, 'Text character limit of 500 exceeded'), {
      kind: 'rejected',
      reason: 'Text character limit of 500 exceeded',
      code: 'http_422',
    });
    assert.equal(errorFromHttpStatus(403, {}, 'not allowed')?.kind, 'rejected');
  });

  it('maps 408 and 5xx to transient', () => {
    assert.equal(errorFromHttpStatus(408, {})?.kind, 'transient');
    assert.deepEqual(errorFromHttpStatus(503, {}), { kind: 'transient', reason: 'HTTP 503', code: 'http_503' });
  });
});

describe('retryAfterFromHeaders', () => {
  it('reads Retry-After as an HTTP date', () => {
    assert.equal(retryAfterFromHeaders({ 'retry-after': new Date(now + 90_000).toUTCString() }, now), 90);
  });

  it('reads X-style x-rate-limit-reset as epoch seconds', () => {
    assert.equal(retryAfterFromHeaders({ 'x-rate-limit-reset': String(nowEpoch + 600) }, now), 600);
  });

  it('reads Mastodon-style x-ratelimit-reset as an ISO date', () => {
    assert.equal(retryAfterFromHeaders({ 'x-ratelimit-reset': new Date(now + 120_000).toISOString() }, now), 120);
  });

  it('reads the IETF RateLimit-Reset as seconds from now', () => {
    assert.equal(retryAfterFromHeaders(new Headers({ 'RateLimit-Reset': '17' }), now), 17);
  });

  it('prefers Retry-After over reset headers, and never answers below one second', () => {
    assert.equal(retryAfterFromHeaders({ 'retry-after': '5', 'x-rate-limit-reset': String(nowEpoch + 600) }, now), 5);
    assert.equal(retryAfterFromHeaders({ 'x-rate-limit-reset': String(nowEpoch - 10) }, now), 1);
  });

  it('answers undefined when no header says anything usable', () => {
    assert.equal(retryAfterFromHeaders({ 'retry-after': 'soon' }, now), undefined);
    assert.equal(retryAfterFromHeaders({}, now), undefined);
  });
});

describe('reset headers in either form', () => {
  it('reads an epoch RateLimit-Reset (as the Bluesky PDS sends it) as a moment, not a delay of decades', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    assert.equal(retryAfterFromHeaders({ 'ratelimit-reset': String(now / 1000 + 90) }, now), 90);
    assert.equal(retryAfterFromHeaders({ 'ratelimit-reset': '30' }, now), 30);
  });
});
