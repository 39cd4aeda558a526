// How fast scoreMessage is: messages per CPU-second (CPU time, so that other processes on a
// busy machine do not count) over the labelled set and the language samples, and the share of
// each part. Run: node src/nlp/measure-scoring-speed.ts (a measurement, not a test: the figures
// are in docs/nlp.md).
import { readLabelledSet } from './evaluation/labelled-set.ts';
import { detectIntents, isSpam } from './intents/detect-intents.ts';
import { detectLanguage } from './language/detect-language.ts';
import { readLanguageSamples } from './language/language-samples.ts';
import { boundText } from './rules/bound-text.ts';
import { normaliseForRules } from './rules/normalise-text.ts';
import { scoreMessage, scoreMessages } from './score-message.ts';
import { scoreSentiment } from './sentiment/score-sentiment.ts';
import { winkSentiment } from './sentiment/wink-sentiment.ts';

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best of three rounds of `rounds` calls, in calls per CPU-second. */
function rate<T>(texts: readonly T[], score: (text: T) => unknown, rounds = 50_000): number {
  for (let i = 0; i < rounds / 10; i++) score(texts[i % texts.length]!);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    best = Math.min(best, cpuMs(() => {
      for (let i = 0; i < rounds; i++) score(texts[i % texts.length]!);
    }));
  }
  return Math.round(rounds / (best / 1000));
}

const firstCall = cpuMs(() => scoreMessage('warm up: loads the wink-nlp model and the tinyld profile'));
const inbox = readLabelledSet().map((message) => message.text);
const withLanguages = [...inbox, ...readLanguageSamples().map((sample) => sample.text)];

const rulesOnly = (text: string): void => {
  const bounded = boundText(text);
  const normalised = normaliseForRules(bounded);
  const spam = isSpam(bounded, normalised);
  // language 'xx' skips wink: the rule layer alone.
  const { sentiment } = scoreSentiment({ text: bounded, normalised, spam, language: 'xx' });
  detectIntents({ text: bounded, normalised, spam, sentiment });
};

console.log(`first call (model and profile load): ${Math.round(firstCall)} ms CPU`);
console.log(`scoreMessage, labelled set (${inbox.length} messages, mostly English): ${rate(inbox, scoreMessage)} msg/CPU-s`);
console.log(`scoreMessage, labelled set + language samples (${withLanguages.length}, 1 in 6 not English): ${rate(withLanguages, scoreMessage)} msg/CPU-s`);
const batch = Array.from({ length: 1000 }, (_, i) => inbox[i % inbox.length]!);
console.log(`scoreMessages, batches of 1,000 from the labelled set: ${rate([batch], scoreMessages, 50) * 1000} msg/CPU-s`);
console.log(`  wink-nlp readDoc + sentiment alone: ${rate(inbox, winkSentiment)} msg/CPU-s`);
console.log(`  detectLanguage alone: ${rate(inbox, detectLanguage)} msg/CPU-s`);
console.log(`  rule layer + intents alone: ${rate(inbox, rulesOnly)} msg/CPU-s`);
