// Praise that wink-nlp's lexicon misses or scores weakly: slang, negated negatives ("no
// complaints", "can't complain"), problems reported as solved, and a few words in the languages
// we see most after English (wink's model is English only).
import { ruleTable, type Rule } from '../../rules/rule-table.ts';

export const positiveRules: readonly Rule[] = [
  { pattern: /\b(?:no|zero|without any|never had (?:a|any)(?: single)?) (?:problems?|issues?|complaints?|hassle)\b|\bcan'?t complain\b|\bnot bad\b/, weight: 0.5, why: 'a negated negative is praise' },
  { pattern: /\b(?:problem|issue|it|all|everything)(?:'s| is)? (?:solved|sorted|fixed|resolved)\b|\b(?:fixed|solved|sorted|resolved) (?:it|my|the|everything)\b|\bthat solved it\b|\bworks? (?:now|perfectly|like a charm|great)\b|\bfix worked\b/, weight: 0.5, why: 'a problem reported as solved' },
  { pattern: /\b(?:(?:you|u) (?:guys )?(?:rock|rule)|slaps|(?:is|was) fire|top notch|10\/10|5 stars|worth every penny|keep it up|well done|nailed it|game ?changer|legend|an? (?:absolute )?star|shout ?out)\b/, weight: 0.5, why: 'slang and set phrases of praise' },
  { pattern: /\b(?:thanks|thank you|thx|ty|cheers|appreciate|grateful|kudos)\b/, weight: 0.3, why: 'thanks' },
  { pattern: /\b(?:didn'?t|did not|never) expect\w*\b.{0,40}\b(?:this|so|to be|that) (?:good|great|fast|easy|nice|quick|helpful)\b|\bpleasantly surprised\b/, weight: 1, why: 'a pleasant surprise (wink reads the negation as negative)' },
  { pattern: /\b(?:love[ds]?|loving|obsessed|adore)\b/, weight: 0.2, why: 'love (wink misses "loved")' },
  { pattern: /\b(?:love[ds]?|loving|obsessed|can'?t stop|enjoy(?:ed|ing)?|proud|happy|glad|(?:so )?good|great|best|amazing|awesome|excellent|perfect|incredible|beautiful|lovely|gorgeous|cute|comfy|smooth|friendly|kind|welcoming|patient|helpful|impressed)\b/, weight: 0.2, why: 'praise words (wink scores some; this evens out the weak ones)' },
  { pattern: /(?<!\p{L})(?:merci|gracias|danke|obrigad[oa]|grazie|me encanta|génial|genial|je recommande|recomiendo|perfecto|parfait|excelente|ótimo|super(?:be)?|toll|wunderbar|geweldig|bedankt)(?!\p{L})/u, weight: 0.5, why: 'praise in French, Spanish, German, Portuguese, Italian, Dutch' },
  { pattern: /ありがとう|最高|素晴らしい|嬉しい|感謝|좋아요|감사|谢谢|太好了/u, weight: 0.5, why: 'praise in Japanese, Korean, Chinese' },
];

// The same few languages, negative side.
export const foreignNegativeRules: readonly Rule[] = [
  { pattern: /(?<!\p{L})(?:déçue?|nul|jamais (?:reçu|arrivée?)|arnaque|roto|rota|nunca (?:llegó|chegou)|estafa|horrible|pésimo|péssimo|schlecht|kaputt|enttäuscht|nie angekommen|quebrad[oa]|delusione|rott[oa])(?!\p{L})/u, weight: -0.6, why: 'complaints in French, Spanish, German, Portuguese, Italian' },
  { pattern: /届きません|届かない|最悪|壊れ|遅すぎ|返金されない|안 와요|최악|太差|没收到/u, weight: -0.6, why: 'complaints in Japanese, Korean, Chinese' },
];

export const positiveCues = ruleTable(positiveRules);
export const foreignNegativeCues = ruleTable(foreignNegativeRules);
