// Proves the shared contract suite against the SDK's own example connector and its loopback fake.
import { runContractSuite } from '../run-contract-suite.ts';
import { createConnectorContext } from '../../context.ts';
import { exampleConnector } from './example-connector.ts';
import { startFakeNetwork } from './fake-network.ts';

runContractSuite('sdk-example', async () => {
  const network = await startFakeNetwork('test-token');
  return {
    connector: exampleConnector,
    ctx: createConnectorContext({
      channelId: 'channel-1',
      config: { baseUrl: network.baseUrl },
      credentials: { kind: 'bot-token', token: 'test-token' },
      // The fake runs on loopback, which safe fetch refuses unless the channel allows it.
      allowHosts: [network.host],
      fetchPolicy: { timeoutMs: 300 },
    }),
    network,
    settings: { visibility: 'public' as const },
    close: () => network.close(),
  };
});
