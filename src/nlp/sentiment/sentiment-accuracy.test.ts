// Sentiment accuracy on the hand-labelled set (labelled-messages.tsv). Prints accuracy and
// macro-F1 for the whole set and for the held-out third (never used while tuning the rules),
// the sarcastic subset, and plain wink-nlp on the same messages; fails below 0.80 accuracy on
// the whole set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentiments } from '../../core/inbox/vocabulary.ts';
import { readLabelledSet, type LabelledMessage } from '../evaluation/labelled-set.ts';
import { classificationFigures, percent, type Figures } from '../evaluation/metrics.ts';
import { winkBaselineSentiment } from '../evaluation/wink-baseline.ts';
import { scoreMessage } from '../score-message.ts';
import type { Sentiment } from '../../core/inbox/vocabulary.ts';

const set = readLabelledSet();

function figures(messages: LabelledMessage[], predict: (text: string) => Sentiment): Figures {
  return classificationFigures(sentiments, messages.map((message) => ({ expected: message.sentiment, predicted: predict(message.text) })));
}

const ours = (text: string): Sentiment => scoreMessage(text).sentiment;
const line = (name: string, result: Figures): string => `${name.padEnd(34)} n=${String(result.count).padStart(3)}  accuracy ${percent(result.accuracy).padStart(6)}  macro-F1 ${result.macroF1.toFixed(3)}`;

test('the labelled set is large and varied enough to mean something', () => {
  assert.ok(set.length >= 300, `${set.length} messages`);
  assert.ok(set.filter((message) => message.sarcasm).length >= 50, 'at least 50 sarcastic complaints');
  for (const label of sentiments) assert.ok(set.filter((message) => message.sentiment === label).length >= 60, `enough ${label} messages`);
  assert.ok(set.filter((message) => message.intents.includes('question') && message.sentiment === 'neutral').length >= 40, 'plenty of neutral questions');
  assert.equal(new Set(set.map((message) => message.text)).size, set.length, 'no duplicate messages');
});

test('sentiment accuracy: rule layer over wink-nlp, whole set, held-out and baseline', () => {
  const heldOut = set.filter((message) => message.heldOut);
  const tuned = set.filter((message) => !message.heldOut);
  const sarcastic = set.filter((message) => message.sarcasm);
  const whole = figures(set, ours);
  const held = figures(heldOut, ours);
  const baseline = figures(set, winkBaselineSentiment);
  const report = [
    line('whole set', whole),
    line('tuned part (2/3)', figures(tuned, ours)),
    line('held-out part (every 3rd line)', held),
    `sarcastic complaints (all negative)  ${sarcastic.filter((message) => ours(message.text) === 'negative').length}/${sarcastic.length} right`,
    line('plain wink-nlp, whole set', baseline),
    line('plain wink-nlp, held-out', figures(heldOut, winkBaselineSentiment)),
    `plain wink-nlp, sarcastic           ${sarcastic.filter((message) => winkBaselineSentiment(message.text) === 'negative').length}/${sarcastic.length} right`,
    ...sentiments.map((label) => {
      const perClass = whole.perClass[label]!;
      return `  ${label.padEnd(9)} precision ${perClass.precision.toFixed(2)} recall ${perClass.recall.toFixed(2)} F1 ${perClass.f1.toFixed(2)} (n=${perClass.support})`;
    }),
  ];
  console.log(report.join('\n'));
  assert.ok(whole.accuracy >= 0.8, `accuracy ${percent(whole.accuracy)} is below 80%`);
  assert.ok(whole.accuracy > baseline.accuracy, 'the rule layer must beat plain wink-nlp');
});
