// The plain wink-nlp baseline the rule layer is measured against: wink's sentiment alone, its
// sign as the label (0 is neutral). Thresholds of ±0.05..0.2 do no better on the labelled set.
import type { Sentiment } from '../../core/inbox/vocabulary.ts';
import { winkSentiment } from '../sentiment/wink-sentiment.ts';

export function winkBaselineSentiment(text: string): Sentiment {
  const score = winkSentiment(text);
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}
