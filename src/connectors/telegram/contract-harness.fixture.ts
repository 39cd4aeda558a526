// The Telegram connector against the loopback Bot API, as the shared contract suite drives it.
import { createConnectorContext } from '../sdk/context.ts';
import type { ContractHarness } from '../sdk/contract/harness.ts';
import type { FakeBotApi } from './fake-bot-api.fixture.ts';
import { GROUP, startFakeBotApi } from './fake-bot-api.fixture.ts';
import { telegramConnector } from './index.ts';
import type { TelegramConfig, TelegramSettings } from './manifest.ts';
import { configSchema, postSettingsSchema } from './manifest.ts';

export const TOKEN = '123456:ABC-test-token';

export async function startTelegramHarness(): Promise<ContractHarness<TelegramConfig, TelegramSettings> & { network: FakeBotApi }> {
  const network = await startFakeBotApi(TOKEN);
  const config = configSchema.parse({ chats: ['@tandem_news', String(GROUP.id)], apiRoot: network.apiRoot, allowHosts: [network.host] });
  return {
    connector: telegramConnector,
    ctx: createConnectorContext({
      channelId: 'telegram-channel',
      config,
      credentials: { kind: 'bot-token', token: TOKEN },
      allowHosts: config.allowHosts,
      fetchPolicy: { timeoutMs: 500 },
    }),
    network,
    settings: postSettingsSchema.parse({}),
    close: () => network.close(),
  };
}
