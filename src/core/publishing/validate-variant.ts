// Per-channel validation of a post's variant, as the composer shows it while the manager types
// and as scheduling checks it again before accepting a post. Pure: the caller loads the channel's
// stored limits and counts the channel's posts for the day.
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import { checkDailyCap } from './validation/check-daily-cap.ts';
import type { DailyCapReport } from './validation/check-daily-cap.ts';
import { checkMedia } from './validation/check-media.ts';
import type { MediaMixing, MediaReport, VariantMedia } from './validation/check-media.ts';
import { checkText } from './validation/check-text.ts';
import type { TextReport } from './validation/check-text.ts';
import { problem } from './validation/variant-problem.ts';
import type { VariantProblem } from './validation/variant-problem.ts';

export type { DailyCapReport, MediaMixing, MediaReport, TextReport, VariantMedia, VariantProblem };
export type { VariantProblemCode } from './validation/variant-problem.ts';

export type ValidateVariantInput = {
  /** The channel's limits as stored in channels.limits. */
  limits: AccountLimits;
  text: string;
  media: VariantMedia[];
  /** The workspace requires a description on every image. */
  requireAltText: boolean;
  /** Posts the channel already has scheduled or published on the day this one would go out. */
  postsThatDay: number;
  /** Defaults to 'any' until the stored limits carry the network's rule. */
  mediaMixing?: MediaMixing;
};

export type VariantReport = {
  ok: boolean;
  text: TextReport;
  media: MediaReport;
  dailyCap: DailyCapReport | null;
  /** Every problem, in the order of the form: text, media, daily cap. */
  problems: VariantProblem[];
};

export function validateVariant(input: ValidateVariantInput): VariantReport {
  const text = checkText(input.limits.text, input.text);
  const media = checkMedia(input.limits.media, input.media, {
    requireAltText: input.requireAltText,
    mixing: input.mediaMixing ?? 'any',
  });
  const dailyCap = checkDailyCap(input.limits.dailyPublishCap, input.postsThatDay);
  const empty =
    input.text.trim() === '' && input.media.length === 0
      ? [problem('post_empty', 'text', 'Write something or add an image or video: the post is empty.')]
      : [];
  const problems = [...empty, ...text.problems, ...media.problems, ...dailyCap.problems];
  return { ok: problems.length === 0, text: text.report, media, dailyCap: dailyCap.report, problems };
}
