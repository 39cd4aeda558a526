// Intent tags measured on the labelled set (its intents column): precision, recall and F1 per
// intent, whole set and held-out third. Each intent must reach an F1 of 0.75 on the whole set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { intents } from '../../core/inbox/vocabulary.ts';
import { readLabelledSet, type LabelledMessage } from '../evaluation/labelled-set.ts';
import { multiLabelFigures } from '../evaluation/metrics.ts';
import { scoreMessage } from '../score-message.ts';

const set = readLabelledSet();
const figures = (messages: LabelledMessage[]) =>
  multiLabelFigures(intents, messages.map((message) => ({ expected: message.intents, predicted: scoreMessage(message.text).intents })));

test('intent accuracy on the labelled set, per intent', () => {
  const whole = figures(set);
  const held = figures(set.filter((message) => message.heldOut));
  const rows = intents.map((intent) => {
    const all = whole[intent]!;
    const out = held[intent]!;
    return `${intent.padEnd(16)} whole P ${all.precision.toFixed(2)} R ${all.recall.toFixed(2)} F1 ${all.f1.toFixed(2)} (n=${all.support})`
      + `   held-out P ${out.precision.toFixed(2)} R ${out.recall.toFixed(2)} F1 ${out.f1.toFixed(2)} (n=${out.support})`;
  });
  const exact = set.filter((message) => {
    const predicted = scoreMessage(message.text).intents;
    return predicted.length === message.intents.length && predicted.every((intent) => message.intents.includes(intent));
  }).length;
  console.log([...rows, `exact intent set: ${exact}/${set.length}`].join('\n'));
  for (const intent of intents) assert.ok(whole[intent]!.f1 >= 0.75, `${intent} F1 ${whole[intent]!.f1.toFixed(2)}`);
});
