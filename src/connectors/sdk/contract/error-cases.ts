// Contract cases for error mapping: the network answers 401, 429 + Retry-After, 400 with a reason,
// 503, or nothing at all, and the connector must return the matching error kind.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Connector } from '../manifest.ts';
import { hasCapability } from '../manifest.ts';
import type { Result } from '../result.ts';
import { MAX_REASON_LENGTH } from '../result.ts';
import type { ContractHarness, Failure } from './harness.ts';
import { publishWith } from './publishing-cases.ts';

/** The cheapest declared call that reaches the network. */
function probe(connector: Connector, h: ContractHarness): Promise<Result<unknown>> {
  if (hasCapability(connector, 'publish')) return publishWith(h);
  if (hasCapability(connector, 'inbox')) return connector.fetchInbox!(h.ctx, { cursor: null, limit: 1 });
  if (hasCapability(connector, 'metrics')) return connector.fetchMetrics!(h.ctx, { externalIds: ['0'] });
  assert.fail('no declared capability to probe errors with');
}

const cases: Array<{ failure: Failure; title: string; check(error: Extract<Result<unknown>, { ok: false }>['error']): void }> = [
  {
    failure: { kind: 'auth_expired' },
    title: '401 is auth_expired',
    check: (e) => assert.equal(e.kind, 'auth_expired'),
  },
  {
    failure: { kind: 'rate_limited', retryAfterSeconds: 42 },
    title: '429 with Retry-After is rate_limited for that long',
    check: (e) => assert.deepEqual(e.kind === 'rate_limited' && e.retryAfterSeconds, 42),
  },
  {
    failure: { kind: 'rejected', reason: 'Text is too long for this network' },
    title: "400 is rejected with the network's reason, kept short",
    check: (e) => {
      assert.equal(e.kind, 'rejected');
      assert.match(e.reason, /Text is too long for this network/);
      assert.ok(e.reason.length <= MAX_REASON_LENGTH);
    },
  },
  { failure: { kind: 'transient' }, title: '503 is transient', check: (e) => assert.equal(e.kind, 'transient') },
  { failure: { kind: 'timeout' }, title: 'no answer is a transient timeout', check: (e) => assert.equal(e.kind, 'transient') },
];

export function registerErrorCases(connector: Connector, harness: () => ContractHarness): void {
  for (const { failure, title, check } of cases) {
    it(`errors: ${title}`, async (t) => {
      const h = harness();
      if (!h.network.failNext) return t.skip('this network cannot be made to fail on demand');
      h.network.failNext(failure);
      const result = await probe(connector, h);
      assert.equal(result.ok, false, 'the call succeeded although the network failed');
      if (!result.ok) check(result.error);
      // The failure was one answer only: the next call goes through.
      assert.equal((await probe(connector, h)).ok, true, 'the call after the failure did not succeed');
    });
  }
}
