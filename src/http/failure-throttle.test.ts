import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createFailureThrottle } from './failure-throttle.ts';

describe('failure throttle', () => {
  it('blocks an address after too many failures in the window, then lets it go', () => {
    let now = 0;
    const throttle = createFailureThrottle({ failures: 3, windowSeconds: 60, now: () => now });
    for (let i = 0; i < 3; i++) throttle.recordFailure('a');
    assert.equal(throttle.blockedFor('a'), 0, 'the limit itself is allowed');
    throttle.recordFailure('a');
    assert.equal(throttle.blockedFor('a'), 60);
    assert.equal(throttle.blockedFor('b'), 0, 'other addresses are not affected');
    now = 60_001;
    assert.equal(throttle.blockedFor('a'), 0);
  });

  it('forgets addresses whose failures have aged out, so many senders do not pile up', () => {
    let now = 0;
    const throttle = createFailureThrottle({ failures: 2, windowSeconds: 60, now: () => now });
    for (let i = 0; i < 1_000; i++) throttle.recordFailure(`10.0.${i >> 8}.${i & 255}`);
    for (let i = 0; i < 3; i++) throttle.recordFailure('blocked');
    assert.equal(throttle.tracked(), 1_001);
    now = 30_000;
    throttle.recordFailure('recent');
    assert.equal(throttle.tracked(), 1_002, 'nothing has aged out yet');
    now = 60_001;
    throttle.recordFailure('new');
    assert.deepEqual([throttle.tracked(), throttle.blockedFor('blocked')], [2, 0], 'only "recent" and "new" are left');
    // A forgotten address starts again from nothing; a remembered one keeps its count.
    throttle.recordFailure('blocked');
    throttle.recordFailure('blocked');
    assert.equal(throttle.blockedFor('blocked'), 0);
    throttle.recordFailure('recent');
    throttle.recordFailure('recent');
    assert.equal(throttle.blockedFor('recent'), 30);
  });
});

describe('POST /hooks/{channelId} under guessing', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('answers 429 with Retry-After once an address has failed 60 times in a minute', async () => {
    const push = () => t.app.request(`/hooks/${randomUUID()}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    for (let i = 0; i < 61; i++) assert.equal((await push()).status, 404);
    const refused = await push();
    assert.equal(refused.status, 429);
    assert.equal(((await refused.json()) as { code: string }).code, 'rate_limited');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });
});
