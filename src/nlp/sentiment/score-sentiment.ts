// Sentiment = wink-nlp's score, corrected by our rule layer (rules/*.ts):
// 1. spam and bare acknowledgements are neutral;
// 2. complaint cues subtract, positive cues and emoji add;
// 3. sarcasm: praise words next to a complaint cue, or an explicit marker (🙄, "thanks for
//    nothing"), turn wink's positive score and the positive cues against the message;
// 4. in a question, wish or matter-of-fact report with no complaint cue, the praise (wink's and
//    ours) is damped: "would be great if you added dark mode" is a request.
// wink-nlp is English only: for a message in another language only the cues count.
import type { Sentiment } from '../../core/inbox/vocabulary.ts';
import { anyMatch, sumWeights } from '../rules/rule-table.ts';
import { complaintCues } from './rules/complaint-cues.ts';
import { countMatches, cryingEmoji, cryingEmojiWeight, negativeEmoji, negativeEmojiWeight, positiveEmoji, positiveEmojiWeight } from './rules/emoji-cues.ts';
import { questionPattern } from '../rules/question-pattern.ts';
import { acknowledgement, dampedWinkShare, reportFrame, wishFrame } from './rules/neutral-frames.ts';
import { foreignNegativeCues, positiveCues } from './rules/positive-cues.ts';
import { ironicPraise, sarcasmMarkers, scareQuote } from './rules/sarcasm-cues.ts';
import { winkSentiment } from './wink-sentiment.ts';

export interface SentimentInput {
  /** The message as received (emoji are matched here). */
  text: string;
  /** normaliseForRules(text). */
  normalised: string;
  /** The message was tagged spam_suspicion: its tone says nothing about the brand. */
  spam: boolean;
  /** detectLanguage(text): wink-nlp's lexicon is English, so it is not asked about other languages. */
  language: string | null;
}

export interface SentimentResult {
  sentiment: Sentiment;
  /** -1 .. 1, rounded to 3 decimals. */
  score: number;
  sarcasm: boolean;
}

/** Beyond this distance from 0 a score is positive or negative. */
export const polarityThreshold = 0.2;
/** A complaint this strong makes praise words ironic. */
const ironyComplaintLevel = -0.3;

// Links say nothing about tone, and wink-nlp is slow on long punctuation-heavy tokens.
const link = /https?:\/\/\S+|\bwww\.\S+/g;

const neutral: SentimentResult = { sentiment: 'neutral', score: 0, sarcasm: false };

export function scoreSentiment(input: SentimentInput): SentimentResult {
  const { text, normalised } = input;
  if (input.spam || acknowledgement.test(normalised)) return neutral;

  const complaint = sumWeights(complaintCues, normalised) + sumWeights(foreignNegativeCues, normalised);
  const markers = sumWeights(sarcasmMarkers, normalised);
  let positive = sumWeights(positiveCues, normalised) + positiveEmojiWeight * countMatches(positiveEmoji, text);
  const negativeEmojiScore = negativeEmojiWeight * countMatches(negativeEmoji, text) + cryingEmojiWeight * countMatches(cryingEmoji, text);
  // At -1 or below from the cues alone the score is -1 whatever wink says (its praise would be
  // read as irony, its blame adds to the cues): no need to ask it.
  const settled = complaint + markers + negativeEmojiScore <= -1;
  const english = input.language === null || input.language === 'en';
  let wink = english && !settled ? winkSentiment(text.replace(link, ' ')) : 0;

  // A quoted claim ("24h response", 'free') next to any complaint cue is a so-called claim.
  const quotedClaim = complaint < 0 && scareQuote.test(normalised);
  const praiseAmidComplaint = (complaint <= ironyComplaintLevel || quotedClaim) && (wink > 0 || positive > 0 || anyMatch(ironicPraise, normalised));
  const sarcasm = markers < 0 || praiseAmidComplaint;
  let irony = 0;
  if (sarcasm) {
    // The praise is the irony: count it against the message.
    irony = -Math.max(wink, 0) - positive / 2 + (quotedClaim ? -0.2 : 0);
    wink = Math.min(wink, 0);
    positive = 0;
  } else if (complaint === 0 && (questionPattern.test(normalised) || wishFrame.test(normalised) || reportFrame.test(normalised))) {
    wink *= dampedWinkShare;
    positive *= dampedWinkShare;
  }

  const raw = wink + positive + complaint + markers + negativeEmojiScore + irony;
  const score = Math.round(Math.max(-1, Math.min(1, raw)) * 1000) / 1000;
  const sentiment: Sentiment = score > polarityThreshold ? 'positive' : score < -polarityThreshold ? 'negative' : 'neutral';
  return { sentiment, score, sarcasm };
}
