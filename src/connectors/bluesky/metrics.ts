// Counts per post from the AppView (app.bsky.feed.getPosts, at most 25 URIs a call), and the
// account's follower count (app.bsky.actor.getProfile), which the SDK has no operation for yet.
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountMetrics, PostMetrics } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { callBluesky } from './call.ts';
import type { BlueskyConfig } from './config.ts';

const GET_POSTS_MAX = 25;

/** Posts the AppView no longer has (deleted, taken down) are left out. */
export function fetchMetrics(ctx: ConnectorContext<BlueskyConfig>, input: { externalIds: readonly string[] }): Promise<Result<PostMetrics[]>> {
  return callBluesky(ctx, async ({ agent }) => {
    const metrics: PostMetrics[] = [];
    for (let i = 0; i < input.externalIds.length; i += GET_POSTS_MAX) {
      const { data } = await agent.app.bsky.feed.getPosts({ uris: input.externalIds.slice(i, i + GET_POSTS_MAX) });
      for (const post of data.posts) {
        metrics.push({
          externalId: post.uri,
          // Bluesky's names map to Tandem's standard ones here, and only here.
          counts: { likes: post.likeCount ?? 0, reposts: post.repostCount ?? 0, replies: post.replyCount ?? 0, quotes: post.quoteCount ?? 0, bookmarks: post.bookmarkCount ?? 0 },
        });
      }
    }
    return ok(metrics);
  });
}

export function fetchAccountMetrics(ctx: ConnectorContext<BlueskyConfig>): Promise<Result<AccountMetrics>> {
  return callBluesky(ctx, async ({ agent, did }) => {
    const { data } = await agent.app.bsky.actor.getProfile({ actor: did });
    return ok({ followers: data.followersCount ?? 0, following: data.followsCount ?? 0, posts: data.postsCount ?? 0 });
  });
}
