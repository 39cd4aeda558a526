// Counts per status (methods/statuses#get): favourites, boosts and replies under the standard
// names. One call per status: GET /api/v1/statuses?id[]= would batch, but only from Mastodon 4.3.
import type { PostMetrics } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { Status } from './entities.ts';

const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0);

export async function fetchMetrics(ctx: Ctx, input: { externalIds: readonly string[] }): Promise<Result<PostMetrics[]>> {
  const metrics: PostMetrics[] = [];
  for (const externalId of input.externalIds) {
    const answer = await api(ctx, { path: `/api/v1/statuses/${encodeURIComponent(externalId)}` });
    if (!answer.ok) return answer;
    const status = answer.value.body as Status;
    metrics.push({ externalId, counts: { likes: count(status.favourites_count), reposts: count(status.reblogs_count), replies: count(status.replies_count) } });
  }
  return ok(metrics);
}
