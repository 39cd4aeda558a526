// The shared contract suite every connector runs (DESIGN.md §5): one table of cases, registered
// for the capabilities the connector declares. In a connector's test file:
//   runContractSuite('mastodon', () => startMastodonHarness());
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connectorProblems } from '../check-connector.ts';
import { accountLimitsSchema } from '../limits.ts';
import { registerErrorCases } from './error-cases.ts';
import type { ContractHarness } from './harness.ts';
import { registerInboxCases } from './inbox-cases.ts';
import { registerPublishingCases, valueOf } from './publishing-cases.ts';

export function runContractSuite<Config, Settings>(name: string, makeHarness: () => Promise<ContractHarness<Config, Settings>>): void {
  // Cases depend on the declared capabilities, so the harness is built before they are registered
  // (node:test awaits an async describe body before running it).
  describe(`connector contract: ${name}`, async () => {
    const h: ContractHarness = await makeHarness();
    after(() => h.close());
    const harness = () => h;
    const { connector } = h;

    it('implements exactly the capabilities its manifest declares', () => {
      assert.deepEqual(connectorProblems(connector), []);
    });

    if (connector.readLimits) {
      it('reads account limits that match the limits schema', async () => {
        const limits = valueOf(await connector.readLimits!(h.ctx), 'readLimits');
        assert.ok(accountLimitsSchema.safeParse(limits).success);
      });
    }

    registerPublishingCases(connector, harness);
    registerInboxCases(connector, harness);
    registerErrorCases(connector, harness);
  });
}
