// Language of a message (ISO 639-1), or null when the text cannot tell. Three steps:
// 1. strip links, @handles and #hashtags; too few letters -> null;
// 2. plain English (enough common English words, english-words.ts) -> 'en' without tinyld:
//    most of an inbox, and where tinyld is both slowest and least reliable;
// 3. otherwise tinyld, without the constructed and dead languages, and null when its two best
//    guesses are too close to call.
// tinyld's default profile is used; light and heavy were measured against it (docs/nlp.md,
// src/nlp/language/measure-language-variants.ts).
import { detectAll } from 'tinyld';
import { englishWords, minEnglishHits, minEnglishShare } from './english-words.ts';

export type DetectAll = (text: string) => { lang: string; accuracy: number }[];

const noise = /https?:\/\/\S+|\bwww\.\S+|(?:^|\s)[@#][\w.]+/gu;
const curlyApostrophe = /[\u2018\u2019]/g;
const letter = /\p{L}/gu;
// Kana, CJK ideographs and Hangul carry a word's worth of information each.
const denseLetter = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}]/gu;
const word = /[\p{L}']+/gu;
/** Fewer letters than this and detectors guess ("lol same" comes out as Volapük). */
export const minLetters = 8;
const denseLetterValue = 3;
/** tinyld reads this much: a language shows in its first sentences, and tinyld slows on long text. */
export const maxDetectedChars = 300;
/** The runner-up at this share of the winner's score or more: too close to call. */
export const ambiguousShare = 0.8;
// tinyld also knows Esperanto, Volapük, Klingon and Latin; short English lands there by chance.
const notSpokenHere = new Set(['eo', 'vo', 'tlh', 'la']);

export function languageDetector(guess: DetectAll): (text: string) => string | null {
  return (text) => {
    const stripped = text.replace(noise, ' ').replace(curlyApostrophe, "'");
    const letters = stripped.match(letter)?.length ?? 0;
    const dense = stripped.match(denseLetter)?.length ?? 0;
    if (letters + dense * (denseLetterValue - 1) < minLetters) return null;
    if (dense === 0 && looksEnglish(stripped)) return 'en';
    const guesses = guess(stripped.slice(0, maxDetectedChars)).filter((candidate) => !notSpokenHere.has(candidate.lang));
    const [best, second] = guesses;
    if (best === undefined || best.accuracy <= 0) return null;
    if (second !== undefined && second.accuracy >= best.accuracy * ambiguousShare) return null;
    return best.lang;
  };
}

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(word) ?? [];
  let hits = 0;
  for (const candidate of words) if (englishWords.has(candidate)) hits++;
  return hits >= minEnglishHits && hits >= words.length * minEnglishShare;
}

export const detectLanguage = languageDetector(detectAll);
