// Intent tags for an inbound message, rule-based (see docs/nlp.md). A message may carry several
// ("why did you remove dark mode??" is a question, a complaint and a feature request).
import type { Intent, Sentiment } from '../../core/inbox/vocabulary.ts';
import { sumWeights } from '../rules/rule-table.ts';
import { questionPattern } from '../rules/question-pattern.ts';
import { bugFixed, bugStrong, bugWeak, featureRequestPattern, technicalThing } from './intent-patterns.ts';
import { countMentions, countStretchedWords, manyMentions, manyMentionsPoints, spamSignals, spamThreshold, stretchedWordsPoints } from './spam-signals.ts';

/** Points toward spam_suspicion (tagged at spamThreshold). */
export function spamPoints(text: string, normalised: string): number {
  let points = sumWeights(spamSignals, normalised);
  if (countMentions(text) >= manyMentions) points += manyMentionsPoints;
  if (countStretchedWords(text) >= 2) points += stretchedWordsPoints;
  return points;
}

export function isSpam(text: string, normalised: string): boolean {
  return spamPoints(text, normalised) >= spamThreshold;
}

export interface IntentInput {
  text: string;
  normalised: string;
  spam: boolean;
  sentiment: Sentiment;
}

export function detectIntents(input: IntentInput): Intent[] {
  const { normalised } = input;
  if (input.spam) return ['spam_suspicion'];
  const found: Intent[] = [];
  if (questionPattern.test(normalised)) found.push('question');
  if (input.sentiment === 'negative') found.push('complaint');
  if (input.sentiment === 'positive') found.push('praise');
  const failure = bugStrong.test(normalised) || (bugWeak.test(normalised) && technicalThing.test(normalised));
  if (failure && !bugFixed.test(normalised)) found.push('bug_report');
  if (featureRequestPattern.test(normalised)) found.push('feature_request');
  return found;
}
