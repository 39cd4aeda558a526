// X (Twitter) weighted counting, delegated to X's own `twitter-text` library (config v3) so our
// count matches what the network enforces. Facts the tests pin for twitter-text 3.1.0:
// - text is NFC-normalised first, so "e\u0301" counts 1 like "é";
// - Latin, Cyrillic and other ranges listed as light weigh 1; CJK, Hangul and others weigh 2;
// - every emoji sequence weighs 2 whatever its length: a ZWJ family, a flag, a skin tone, a keycap;
// - every URL (with or without scheme, any length) weighs 23;
// - @mentions are plain text (their characters count).
// The count ignores the 280 limit; Premium accounts just get a bigger limit (25,000).
import twitter from 'twitter-text';
import type { CountingRule } from './rule.ts';

export const X_STANDARD_LIMIT = 280;
export const X_PREMIUM_LIMIT = 25_000;

export const xWeighted: CountingRule = {
  id: 'x-weighted',
  count: (text) => twitter.parseTweet(text).weightedLength,
};
