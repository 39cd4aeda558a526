// Run only by suite-catches-mistakes.test.ts (in a child process): the example connector with two
// classic mistakes, which the contract suite must catch.
import { randomUUID } from 'node:crypto';
import { runContractSuite } from '../run-contract-suite.ts';
import { createConnectorContext } from '../../context.ts';
import type { Connector } from '../../manifest.ts';
import { transient } from '../../result.ts';
import { exampleConnector } from './example-connector.ts';
import { startFakeNetwork } from './fake-network.ts';

const broken: typeof exampleConnector = {
  ...exampleConnector,
  // Mistake 1: a fresh key per attempt, so a retry publishes twice.
  // Mistake 2: every failure reported as transient, so an expired token is retried forever.
  async publish(ctx, input) {
    const result = await exampleConnector.publish!(ctx, { ...input, idempotencyKey: randomUUID() });
    return result.ok ? result : transient(result.error.reason);
  },
};

runContractSuite('broken example', async () => {
  const network = await startFakeNetwork('t');
  return {
    connector: broken as Connector<{ baseUrl: string }, { visibility: 'public' | 'followers' }>,
    ctx: createConnectorContext({ channelId: 'c', config: { baseUrl: network.baseUrl }, credentials: { kind: 'bot-token', token: 't' }, allowHosts: [network.host], fetchPolicy: { timeoutMs: 300 } }),
    network,
    settings: { visibility: 'public' as const },
    close: () => network.close(),
  };
});
