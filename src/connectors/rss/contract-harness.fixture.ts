// The RSS connector against the loopback feed server, as the shared contract suite drives it.
import { createConnectorContext } from '../sdk/context.ts';
import type { SafeFetchPolicy } from '../sdk/safe-fetch.ts';
import type { ContractHarness } from '../sdk/contract/harness.ts';
import type { FeedServer } from './feed-server.fixture.ts';
import { startFeedServer } from './feed-server.fixture.ts';
import { rssConnector } from './index.ts';
import type { RssConfig, RssSettings } from './manifest.ts';
import { configSchema } from './manifest.ts';

export const rssContext = (server: FeedServer, feedUrl = server.feedUrl, fetchPolicy: Partial<Omit<SafeFetchPolicy, 'allowHosts'>> = {}) => {
  const config = configSchema.parse({ feedUrl, allowHosts: [server.host] });
  return createConnectorContext({ channelId: 'rss-channel', config, credentials: { kind: 'none' }, allowHosts: config.allowHosts, fetchPolicy: { timeoutMs: 500, ...fetchPolicy } });
};

export async function startRssHarness(): Promise<ContractHarness<RssConfig, RssSettings> & { network: FeedServer }> {
  const network = await startFeedServer();
  return { connector: rssConnector, ctx: rssContext(network), network, settings: {}, close: () => network.close() };
}
