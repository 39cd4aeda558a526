// The channel's posts-per-day cap. The caller counts the posts already scheduled or published on
// the day this one would go out; this post would be one more.
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { formatCount } from './describe.ts';
import { problem } from './variant-problem.ts';
import type { VariantProblem } from './variant-problem.ts';

export type DailyCapReport = { used: number; cap: number; left: number };

export function checkDailyCap(
  cap: AccountLimits['dailyPublishCap'],
  postsThatDay: number,
): { report: DailyCapReport | null; problems: VariantProblem[] } {
  if (cap === null) return { report: null, problems: [] };
  const report = { used: postsThatDay, cap, left: Math.max(0, cap - postsThatDay) };
  if (report.left > 0) return { report, problems: [] };
  return {
    report,
    problems: [
      problem(
        'daily_cap_reached',
        'dailyCap',
        `This channel already has ${formatCount(postsThatDay)} posts that day and the network allows ` +
          `${formatCount(cap)} a day. Pick another day or leave this channel out.`,
      ),
    ],
  };
}
