// The text against the channel's limit, in the network's own unit (the counting rules registry).
import { measure } from '../../../connectors/sdk/counting/index.ts';
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { countingHints, formatCount } from './describe.ts';
import { problem } from './variant-problem.ts';
import type { VariantProblem } from './variant-problem.ts';

export type TextReport = {
  used: number;
  limit: number;
  /** Negative when over, so the composer can show "-12". */
  remaining: number;
  rule: AccountLimits['text']['countingRule'];
};

export function checkText(
  limits: AccountLimits['text'],
  text: string,
): { report: TextReport; problems: VariantProblem[] } {
  const m = measure(limits.countingRule, text, limits.maxLength);
  const report: TextReport = { used: m.used, limit: m.limit, remaining: m.remaining, rule: limits.countingRule };
  const problems: VariantProblem[] = [];
  if (m.used > m.limit) {
    const over = m.used - m.limit;
    const hint = countingHints[limits.countingRule];
    problems.push(
      problem(
        'text_too_long',
        'text',
        `The text is ${formatCount(over)} character${over === 1 ? '' : 's'} over this channel's limit of ` +
          `${formatCount(m.limit)}${hint ? ` (here ${hint})` : ''}. Shorten it or move the rest to a thread.`,
      ),
    );
  }
  if (m.problem === 'too_many_bytes') {
    problems.push(
      problem(
        'text_too_many_bytes',
        'text',
        'The text fits the character count but is too heavy for this network: emoji and non-Latin ' +
          'characters take extra room behind the scenes. Use fewer emoji or shorten the text.',
      ),
    );
  }
  return { report, problems };
}
