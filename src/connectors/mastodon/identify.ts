// Whose token this is (methods/accounts#verify_credentials). A revoked token answers 401, which
// maps to auth_expired: the channel asks its owner to reconnect.
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { Account } from './entities.ts';
import { fullHandle } from './handle.ts';

export async function identify(ctx: Ctx): Promise<Result<AccountIdentity>> {
  const answer = await api(ctx, { path: '/api/v1/accounts/verify_credentials' });
  if (!answer.ok) return answer;
  const account = answer.value.body as Account;
  const identity: AccountIdentity = { accountId: account.id, handle: fullHandle(ctx, account), profileUrl: account.url };
  if (account.display_name) identity.displayName = account.display_name;
  return ok(identity);
}
