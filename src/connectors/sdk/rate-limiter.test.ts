import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRateLimiter } from './rate-limiter.ts';
import type { RateLimitRule } from './limits.ts';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};
const threePerMinute: RateLimitRule[] = [{ requests: 3, windowSeconds: 60, scope: 'all' }];

describe('rate limiter (sliding window per channel)', () => {
  it('lets N requests through, then says how long to wait', () => {
    const c = clock();
    const limiter = createRateLimiter(c.now);
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(limiter.take('ch1', threePerMinute), { go: true });
      c.advance(10_000);
    }
    // The first request was 30 s ago: it leaves the 60 s window in 30 s.
    assert.deepEqual(limiter.take('ch1', threePerMinute), { go: false, waitMs: 30_000 });
  });

  it('lets a request through once the oldest one ages out, and not a moment before', () => {
    const c = clock();
    const limiter = createRateLimiter(c.now);
    for (let i = 0; i < 3; i++) limiter.take('ch1', threePerMinute);
    c.advance(59_999);
    assert.deepEqual(limiter.take('ch1', threePerMinute), { go: false, waitMs: 1 });
    c.advance(1);
    assert.deepEqual(limiter.take('ch1', threePerMinute), { go: true });
  });

  it('never allows more than N in any window (no burst at a window edge)', () => {
    const c = clock();
    const limiter = createRateLimiter(c.now);
    const accepted: number[] = [];
    for (let ms = 0; ms < 300_000; ms += 1_000) {
      if (limiter.take('ch1', threePerMinute).go) accepted.push(c.now());
      c.advance(1_000);
    }
    for (const start of accepted) assert.ok(accepted.filter((t) => t >= start && t < start + 60_000).length <= 3);
    assert.equal(accepted.length, 15);
  });

  it('keeps channels apart', () => {
    const limiter = createRateLimiter(clock().now);
    for (let i = 0; i < 3; i++) limiter.take('ch1', threePerMinute);
    assert.equal(limiter.take('ch1', threePerMinute).go, false);
    assert.equal(limiter.take('ch2', threePerMinute).go, true);
  });

  it('applies every rule and waits for the strictest, recording nothing when refused', () => {
    const c = clock();
    const limiter = createRateLimiter(c.now);
    const rules: RateLimitRule[] = [
      { requests: 2, windowSeconds: 10, scope: 'all' },
      { requests: 3, windowSeconds: 3600, scope: 'all' },
    ];
    assert.equal(limiter.take('ch1', rules).go, true);
    assert.equal(limiter.take('ch1', rules).go, true);
    assert.deepEqual(limiter.take('ch1', rules), { go: false, waitMs: 10_000 });
    c.advance(10_000);
    assert.equal(limiter.take('ch1', rules).go, true);
    c.advance(10_000);
    assert.deepEqual(limiter.take('ch1', rules), { go: false, waitMs: 3_600_000 - 20_000 });
  });

  it('forgets a channel', () => {
    const limiter = createRateLimiter(clock().now);
    for (let i = 0; i < 3; i++) limiter.take('ch1', threePerMinute);
    limiter.forget('ch1');
    assert.equal(limiter.take('ch1', threePerMinute).go, true);
  });

  it('goes when there are no rules', () => {
    assert.deepEqual(createRateLimiter(clock().now).take('ch1', []), { go: true });
  });
});
