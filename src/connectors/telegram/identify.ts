// Whose bot the token opens: getMe (core.telegram.org/bots/api#getme).
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';
import { withBotApi } from './bot-api.ts';

export async function identify(ctx: TelegramContext): Promise<Result<AccountIdentity>> {
  const me = await withBotApi(ctx, (api) => api.getMe());
  if (!me.ok) return me;
  const { id, username, first_name } = me.value;
  return ok({ accountId: String(id), handle: username, displayName: first_name, profileUrl: `https://t.me/${username}` });
}
