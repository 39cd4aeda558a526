// Sarcasm in complaints: praise words around a bad situation ("love waiting 3 weeks for a
// refund", "wow such fast delivery, only 5 weeks late"). Two tables:
// - ironicPraise: words that read as praise on their own; when they sit next to a complaint cue
//   (complaint-cues.ts), their positive weight is turned against the message;
// - sarcasmMarkers: phrases and emoji that mark irony by themselves ("thanks for nothing", 🙄),
//   negative even with no complaint cue.
import { ruleTable, type Rule } from '../../rules/rule-table.ts';

export const ironicPraiseRules: readonly Rule[] = [
  { pattern: /\b(?:great|love[sd]?|loving|amazing|awesome|brilliant|fantastic|perfect|wonderful|incredible|impressive|lovely|nice|cool|super|excellent|best|wow|yay|glad|happy|helpful|classy|smooth|genius|congrats)\b/, weight: 0, why: 'praise word, ironic when the facts are bad' },
  { pattern: /\b(?:thanks|thank you|thx|ty|appreciated?)\b/, weight: 0, why: 'thanks, ironic when nothing was done' },
  { pattern: /\b(?:way to go|good job|great job|well done|gotta love|so glad|can'?t wait|10\/10|5 stars|nothing says|#blessed)\b/, weight: 0, why: 'set phrases of praise used for irony' },
];

export const sarcasmMarkerRules: readonly Rule[] = [
  { pattern: /\u{1F644}|\u{1F643}/u, weight: -0.5, why: 'eye-roll and upside-down face mark irony' },
  { pattern: /\bthanks? (?:a lot )?for nothing\b|\bthanks? for (?:the )?(?:absolutely )?(?:useless|automated)\b/, weight: -0.6, why: '"thanks for nothing"' },
  { pattern: /\bwhat a (?:surprise|shock|wonderful surprise)\b|\bsaid no one\b|\bjust what i (?:needed|wanted)\b|\bgood to know\b|\bnice to know\b|\blove that for me\b/, weight: -0.5, why: 'stock ironic phrases' },
  { pattern: /\byeah (?:right|sure)\b|\boh (?:joy|great|good|wow|perfect|look|sure)\b|\bgee,? thanks\b|\breal smooth\b|\btotally not\b|\bclearly not\b|\bclassic\b[.!]*$|\bshocking\b[.!]*$/, weight: -0.5, why: 'ironic interjections' },
  { pattern: /\bany (?:decade|century|year|millennium) now\b|\basking for a friend\b|\bcould you be any (?:slower|worse)\b|\/s$/, weight: -0.5, why: 'ironic asides' },
  { pattern: /\byou had one job\b/, weight: -0.6, why: 'reproach idioms' },
  { pattern: /\b(?:cool ){2}|\bbest\. \w+\. ever\b/, weight: -0.3, why: 'repeated or spelled-out praise, flat irony' },
];

/** A short phrase in quotes ("fixed", 'free', "unlimited"): a so-called claim, when beside a complaint. */
export const scareQuote = /(?:^|[\s(])["'][a-z0-9][^"'\n]{0,24}["'](?=$|[\s.,!?;:)])/;

export const ironicPraise = ruleTable(ironicPraiseRules);
export const sarcasmMarkers = ruleTable(sarcasmMarkerRules);
