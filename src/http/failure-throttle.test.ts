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
