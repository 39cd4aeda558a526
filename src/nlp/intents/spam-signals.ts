// Spam suspicion: points for what spam and scam replies share, tagged at a total of
// spamThreshold. One signal alone is never enough (a customer's link, a "50% off" question);
// a link plus promotion is. Profanity is not a signal: an angry customer is not spam.
import { ruleTable, type Rule } from '../rules/rule-table.ts';

// Points, not sentiment: `weight` is the number of points the signal adds.
export const spamSignalRules: readonly Rule[] = [
  { pattern: /https?:\/\/|\bwww\.|\b(?:bit\.ly|t\.me|tinyurl\.com|wa\.me)\b|\b[a-z0-9-]+ ?\.(?:com|net|biz|xyz|win|io|co|info|top|site|online|shop|click)\b/, weight: 1, why: 'a link (a customer may share one too: never enough alone)' },
  { pattern: /\b(?:free|cheap|earn|income|profit|investment|invest|guaranteed|returns?|giveaway|prize|winner|claim|click here|promote|promotion|seo|collab|followers|likes|verified accounts?|gift cards?|make money|no experience|\d+x|\d+% return)\b|\$\d{3,}/, weight: 1, why: 'promotion or money words' },
  { pattern: /\b(?:free|cheap|real|buy)\b.{0,20}\b(?:followers|likes|views|subscribers)\b|\b(?:followers|likes)\b.{0,20}\b(?:in \d+ ?h|fast|cheap|100%)/, weight: 1.5, why: 'selling followers or likes' },
  { pattern: /\b(?:dm me|dm us|message (?:me|us)|text me|inbox me|contact (?:me|us|my manager)|whatsapp|telegram|link in (?:my )?bio|check (?:out )?my (?:page|profile|store|channel)|follow (?:me|back)|visit [a-z0-9-]+)\b/, weight: 1.5, why: 'moves the reader elsewhere: DM, messenger, bio link, own profile' },
  { pattern: /\b(?:btc|bitcoin|eth|ethereum|crypto|usdt|nft|airdrop|forex|signals? group|binary options)\b/, weight: 1.5, why: 'crypto and trading scams' },
  { pattern: /\b(?:congratulations|congrats)\b.{0,40}\b(?:selected|won|winner|chosen)\b|\bclaim (?:your|the) (?:prize|reward|gift)\b|\bwin an? (?:free )?\w+\b.{0,20}!|\bsend \d+(?:\.\d+)? ?(?:eth|btc|usdt)\b/, weight: 2, why: 'giveaway and "send 1 get 2" scams' },
  { pattern: /[\u{1F4B0}\u{1F4B8}\u{1F4B5}\u{1F911}\u{1F381}\u{1F4C8}]/u, weight: 0.5, why: 'money, gift and chart emoji' },
  { pattern: /!!!|\bnow!+/, weight: 0.5, why: 'shouting urgency' },
];

export const spamSignals = ruleTable(spamSignalRules);
export const spamThreshold = 2.5;

const mention = /(?:^|\s)@[\w.]+/g;
/** Many @mentions: tagging strangers to be seen. */
export const manyMentions = 4;
export const manyMentionsPoints = 2;
// "heyyyyy checkkkk outtt": letters stretched in several words.
const stretchedWord = /(\p{L})\1{2,}/gu;
export const stretchedWordsPoints = 1;

export function countMentions(text: string): number {
  return text.match(mention)?.length ?? 0;
}

export function countStretchedWords(text: string): number {
  return text.match(stretchedWord)?.length ?? 0;
}
