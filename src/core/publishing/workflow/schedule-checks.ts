// What scheduling checks on every target before it accepts a time: the variant against its
// channel's limits and daily cap (POSTS's validateStoredPost, the same check the composer shows),
// plus what only a time can tell: the channel's publish rate limits in the windows around it, and
// that the channel is still connected. Checked when the post is planned, not when the network
// refuses it.
import type { RateLimitRule } from '../../../connectors/sdk/limits.ts';
import type { PostWithTargets } from '../../../db/queries/posts.ts';
import { findChannelsForCompose } from '../../../db/queries/posts.ts';
import { listBusyTimes } from '../../../db/queries/post-workflow.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import { limitsOf } from '../posts/resolve-targets.ts';
import { validateStoredPost } from '../posts/validate-post.ts';
import type { VariantProblem } from '../validate-variant.ts';

export type ScheduleProblem = Omit<VariantProblem, 'code'> & { code: VariantProblem['code'] | 'rate_limit_reached' | 'channel_disconnected' | 'network_unknown' };
export type TargetProblems = { targetId: string; channelId: string; channelName: string; problems: ScheduleProblem[] };

export const schedulableStates = ['pending', 'scheduled', 'cancelled'] as const;

/**
 * The most targets any window of `windowMs` holding `at` would carry with this one added:
 * windows start at one of the busy times before `at`, or at `at` itself.
 */
export function busiestWindow(busy: Date[], at: Date, windowMs: number): number {
  const t = at.getTime();
  const times = busy.map((d) => d.getTime()).filter((x) => x > t - windowMs && x < t + windowMs);
  const starts = [...times.filter((x) => x <= t), t];
  let most = 0;
  for (const s of starts) most = Math.max(most, times.filter((x) => x >= s && x < s + windowMs).length);
  return most + 1;
}

function rateProblems(rules: RateLimitRule[], busy: Date[], at: Date): ScheduleProblem[] {
  return rules
    .filter((r) => r.scope === 'publish')
    .flatMap((r) => {
      const n = busiestWindow(busy, at, r.windowSeconds * 1000);
      if (n <= r.requests) return [];
      const span = r.windowSeconds >= 120 ? `${Math.round(r.windowSeconds / 60)} minutes` : `${r.windowSeconds} seconds`;
      return [{ code: 'rate_limit_reached' as const, field: 'scheduledAt', message: `The network allows ${r.requests} posts in ${span} on this channel, and this time would make ${n}. Pick a time further from the others.` }];
    });
}

/** Every target's problems at this time; an empty list means the post may be scheduled then. */
export async function checkTargetsAt(ctx: PostsCtx, post: PostWithTargets, at: Date): Promise<TargetProblems[]> {
  const targets = post.targets.filter((t) => (schedulableStates as readonly string[]).includes(t.state));
  const open = { ...post, targets };
  const validation = new Map((await validateStoredPost(ctx, open, at)).targets.map((v) => [v.channelId, v]));
  const channels = new Map((await findChannelsForCompose(ctx.db, ctx.workspaceId, targets.map((t) => t.channelId))).map((c) => [c.id, c]));
  const rules = new Map(targets.map((t) => {
    const connector = ctx.connectors.find(t.network);
    return [t.channelId, connector ? limitsOf(t.channelLimits, connector).rateLimits : []];
  }));
  const longest = Math.max(0, ...[...rules.values()].flat().map((r) => r.windowSeconds * 1000));
  const busy = longest > 0 ? await listBusyTimes(ctx.db, targets.map((t) => t.channelId), new Date(at.getTime() - longest), new Date(at.getTime() + longest), post.id) : [];

  const report: TargetProblems[] = [];
  for (const target of targets) {
    const problems: ScheduleProblem[] = [];
    if (channels.get(target.channelId)?.status !== 'active') problems.push({ code: 'channel_disconnected', field: 'channel', message: 'This channel is disconnected: reconnect it or leave it out.' });
    const checked = validation.get(target.channelId);
    if (!checked) problems.push({ code: 'network_unknown', field: 'channel', message: `This server has no connector for ${target.network} any more.` });
    else problems.push(...checked.report.problems, ...checked.thread.flatMap((r, i) => r.problems.map((p) => ({ ...p, field: `thread[${i}].${p.field}` }))));
    const times = busy.filter((b) => b.channelId === target.channelId).map((b) => b.at);
    problems.push(...rateProblems(rules.get(target.channelId) ?? [], times, at));
    if (problems.length > 0) report.push({ targetId: target.id, channelId: target.channelId, channelName: target.channelName, problems });
  }
  return report;
}
