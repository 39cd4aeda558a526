// A direct message on Mastodon is a status with visibility "direct" that mentions its recipient
// (`to` is the account id, as inbox items give it in author.externalId).
import type { DirectMessageInput, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import { createStatus } from './create-status.ts';
import type { Account } from './entities.ts';
import { withMention } from './mention.ts';

export async function sendDirectMessage(ctx: Ctx, input: DirectMessageInput): Promise<Result<Published>> {
  const account = await api(ctx, { path: `/api/v1/accounts/${encodeURIComponent(input.to)}` });
  if (!account.ok) return account;
  const { acct } = account.value.body as Account;
  return createStatus(ctx, { idempotencyKey: input.idempotencyKey, text: withMention(acct, input.text), settings: { visibility: 'direct' } });
}
