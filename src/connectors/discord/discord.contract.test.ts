// The shared contract suite against the loopback Discord fixture (fixture/fake-discord.ts).
//
// The suite's metrics case expects likes, reposts and replies to come back as set; Discord has no
// reposts (nor quotes, impressions or clicks), so the suite runs on the connector without
// `metrics`, and metrics.test.ts checks what Discord does have (reactions, thread replies).
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import type { Connector } from '../sdk/manifest.ts';
import type { DiscordConfig, DiscordSettings } from './config.ts';
import { discordConnector } from './index.ts';
import { startTestbed } from './fixture/harness.ts';

const { fetchMetrics: _metrics, ...withoutMetrics } = discordConnector;
const contractConnector: Connector<DiscordConfig, DiscordSettings> = {
  ...withoutMetrics,
  manifest: { ...discordConnector.manifest, capabilities: discordConnector.manifest.capabilities.filter((c) => c !== 'metrics') },
};

runContractSuite('discord', async () => {
  const { network, ctx } = await startTestbed();
  return { connector: contractConnector, ctx, network, settings: { mentions: 'none' as const }, close: () => network.close() };
});
