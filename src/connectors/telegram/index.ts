// Telegram through the Bot API (grammy's Api client over the channel's safe fetch). README.md says
// what it can do and what Telegram does not allow.
import type { Connector } from '../sdk/manifest.ts';
import { identify } from './identify.ts';
import { fetchInbox } from './inbox.ts';
import type { TelegramConfig, TelegramSettings } from './manifest.ts';
import { manifest } from './manifest.ts';
import { moderate } from './moderate.ts';
import { publish, reply } from './publish.ts';

export const telegramConnector: Connector<TelegramConfig, TelegramSettings> = {
  manifest,
  publish,
  fetchInbox,
  reply,
  moderate,
  identify,
};
