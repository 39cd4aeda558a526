// The contract ingestion relies on: scoreMessage's shape and vocabulary, scoreMessages as its
// batch form, and no failure on odd input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { intents, sentiments } from '../core/inbox/vocabulary.ts';
import { scoreMessage, scoreMessages } from './score-message.ts';

test('a score uses the inbox vocabulary', () => {
  const score = scoreMessage('great, my order is late again. where is it??');
  assert.deepEqual(Object.keys(score).sort(), ['intents', 'language', 'sentiment', 'sentimentScore']);
  assert.ok((sentiments as readonly string[]).includes(score.sentiment));
  for (const intent of score.intents) assert.ok((intents as readonly string[]).includes(intent));
  assert.equal(score.sentiment, 'negative');
  assert.equal(score.language, 'en');
  assert.deepEqual([...score.intents].sort(), ['complaint', 'question']);
  assert.equal(new Set(score.intents).size, score.intents.length, 'no intent twice');
});

test('scoreMessages scores each text in order, like scoreMessage', () => {
  const texts = ['thank you so much ❤️', 'do you ship to Canada?', 'thanks for nothing', ''];
  assert.deepEqual(scoreMessages(texts), texts.map((text) => scoreMessage(text)));
  assert.deepEqual(scoreMessages([]), []);
});

test('odd input is scored, not thrown on', () => {
  const odd = ['', '   ', '\n\t', '🙂'.repeat(2000), 'a'.repeat(20_000), '<script>alert(1)</script>', '\u0000\uFFFF', 'x\u202Ey'];
  for (const text of odd) {
    const score = scoreMessage(text);
    assert.ok(score.sentimentScore >= -1 && score.sentimentScore <= 1);
  }
  assert.deepEqual(scoreMessage(''), { sentiment: 'neutral', sentimentScore: 0, language: null, intents: [] });
});
