// Counting rules by id, and the one `measure` that the UI and the API use: a channel's stored
// limits name a rule id and a limit; nothing else needs to know which network it is.
import { bluesky } from './bluesky.ts';
import { mastodon } from './mastodon.ts';
import { codePoints, graphemes, utf16 } from './plain.ts';
import type { CountingRule, CountingRuleId, Measurement } from './rule.ts';
import { xWeighted } from './x.ts';

export type { CountingRule, CountingRuleId, Measurement } from './rule.ts';

export const countingRules: Readonly<Record<CountingRuleId, CountingRule>> = {
  'x-weighted': xWeighted,
  bluesky,
  mastodon,
  'code-points': codePoints,
  'utf-16': utf16,
  graphemes,
};

export const countingRuleIds = Object.keys(countingRules) as CountingRuleId[];

export function measure(ruleId: CountingRuleId, text: string, limit: number): Measurement {
  const rule = countingRules[ruleId];
  const used = rule.count(text);
  const problem = rule.extraProblem?.(text);
  const measurement: Measurement = { used, limit, remaining: limit - used, ok: used <= limit && problem === undefined };
  if (problem !== undefined) measurement.problem = problem;
  return measurement;
}
