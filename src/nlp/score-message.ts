// Scores one inbound message: sentiment, language and intent tags. Runs inside ingestion, so it
// stays cheap: one wink-nlp pass per message, one normalisation, precompiled patterns, and a
// language detector that is skipped when the text cannot tell (see docs/nlp.md).
import type { Intent, Sentiment } from '../core/inbox/vocabulary.ts';
import { detectIntents, isSpam } from './intents/detect-intents.ts';
import { detectLanguage } from './language/detect-language.ts';
import { boundText } from './rules/bound-text.ts';
import { normaliseForRules } from './rules/normalise-text.ts';
import { scoreSentiment } from './sentiment/score-sentiment.ts';

export interface MessageScore {
  sentiment: Sentiment;
  /** -1 (most negative) .. 1 (most positive). */
  sentimentScore: number;
  /** ISO 639-1 code, or null when the text is too short or has no letters to tell. */
  language: string | null;
  intents: Intent[];
}

export function scoreMessage(message: string): MessageScore {
  const text = boundText(message);
  const normalised = normaliseForRules(text);
  const spam = isSpam(text, normalised);
  const language = detectLanguage(text);
  const { sentiment, score } = scoreSentiment({ text, normalised, spam, language });
  const intents = detectIntents({ text, normalised, spam, sentiment });
  return { sentiment, sentimentScore: score, language, intents };
}

export function scoreMessages(texts: readonly string[]): MessageScore[] {
  return texts.map(scoreMessage);
}
