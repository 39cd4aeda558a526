// Bot API failures ({ok:false, error_code, description, parameters:{retry_after, migrate_to_chat_id}},
// core.telegram.org/bots/api#making-requests and #responseparameters) as the SDK's four kinds.
import { GrammyError, HttpError } from 'grammy';
import type { Err } from '../sdk/result.ts';
import { authExpired, rateLimited, rejected, transient } from '../sdk/result.ts';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../sdk/http-errors.ts';
import { SafeFetchFailure } from './safe-fetch-adapter.ts';

export function errorFromGrammy(error: unknown): Err {
  if (error instanceof GrammyError) return fromBotApi(error.error_code, error.description, error.parameters);
  if (error instanceof HttpError && error.error instanceof SafeFetchFailure) return { ok: false, error: error.error.connectorError };
  if (error instanceof SafeFetchFailure) return { ok: false, error: error.connectorError };
  return transient('the Bot API call failed without an answer', 'network');
}

export function fromBotApi(code: number, description: string, parameters: { retry_after?: number; migrate_to_chat_id?: number } = {}): Err {
  // 401 "Unauthorized": the token was revoked or regenerated in @BotFather.
  if (code === 401) return authExpired(description);
  // 429 "Too Many Requests: retry after N", with parameters.retry_after.
  if (code === 429) return rateLimited(parameters.retry_after ?? DEFAULT_RETRY_AFTER_SECONDS, description);
  if (code >= 500) return transient(description, `telegram_${code}`);
  // A group that became a supergroup has a new id; say which, so the user can fix the config.
  if (parameters.migrate_to_chat_id !== undefined) return rejected(`${description} (the group is now chat ${parameters.migrate_to_chat_id})`, 'chat_migrated');
  // 400 (message is too long, chat not found ...), 403 (bot was blocked or kicked), 404, 409
  // (getUpdates while a webhook is set): permanent for this request.
  return rejected(description, `telegram_${code}`);
}
