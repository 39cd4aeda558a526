// The shared contract suite against the fake instance in fixture/ (built from the Mastodon API reference).
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector } from './index.ts';

runContractSuite('mastodon', async () => {
  const { network, ctx } = await startInstance(800);
  return {
    connector: mastodonConnector,
    ctx,
    network,
    settings: { visibility: 'public' as const, sensitive: false },
    close: () => network.close(),
  };
});
