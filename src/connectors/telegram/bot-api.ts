// One grammy Api per call, bound to the channel's token, API root and safe fetch; failures come
// back as typed results instead of exceptions.
import { Api } from 'grammy';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { TelegramConfig } from './manifest.ts';
import { errorFromGrammy } from './map-errors.ts';
import { fetchThrough } from './safe-fetch-adapter.ts';

export type TelegramContext = ConnectorContext<TelegramConfig>;

export async function withBotApi<T>(ctx: TelegramContext, call: (api: Api) => Promise<T>): Promise<Result<T>> {
  if (ctx.credentials.kind !== 'bot-token') return rejected('this channel has no bot token', 'bad_credentials');
  const api = new Api(ctx.credentials.token, {
    apiRoot: ctx.config.apiRoot.replace(/\/+$/, ''),
    fetch: fetchThrough(ctx.fetch),
    // Never put the token in error messages or logs.
    sensitiveLogs: false,
  });
  try {
    return ok(await call(api));
  } catch (error) {
    return errorFromGrammy(error);
  }
}
