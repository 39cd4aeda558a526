// The account's own numbers (methods/accounts#verify_credentials: followers_count,
// following_count, statuses_count), for growth reports.
import type { AccountMetrics } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';

type Counts = { followers_count: number; following_count: number; statuses_count: number };

export async function fetchAccountMetrics(ctx: Ctx): Promise<Result<AccountMetrics>> {
  const answer = await api(ctx, { path: '/api/v1/accounts/verify_credentials' });
  if (!answer.ok) return answer;
  const account = answer.value.body as Counts;
  return ok({ followers: account.followers_count, following: account.following_count, posts: account.statuses_count });
}
