// The rule layer by example: sarcasm, complaint situations, negation, emoji and neutral frames.
// The messages are not in the labelled set.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentiment } from '../../core/inbox/vocabulary.ts';
import { scoreMessage } from '../score-message.ts';
import { winkSentiment } from './wink-sentiment.ts';

function expectSentiment(expected: Sentiment, texts: string[]): void {
  const wrong = texts.map((text) => ({ text, got: scoreMessage(text) })).filter((result) => result.got.sentiment !== expected);
  assert.deepEqual(wrong.map((result) => `${result.text} -> ${result.got.sentiment} (${result.got.sentimentScore})`), [], `expected ${expected}`);
}

describe('sarcasm in complaints is negative', () => {
  test('the examples of the issue', () => {
    expectSentiment('negative', ['great, my order is late again', 'thanks for nothing', 'love waiting 3 weeks for a refund']);
  });
  test('praise words around a bad situation', () => {
    expectSentiment('negative', [
      'wonderful, charged twice again',
      'perfect, the app crashed mid-payment',
      'so glad my parcel is lost',
      'brilliant customer service, on hold for an hour',
      'awesome, still no refund after a month',
      'amazing how the website is down every friday',
      'thank you so much for cancelling my order without telling me',
    ]);
  });
  test('irony markers on their own', () => {
    expectSentiment('negative', ['oh joy, another "improvement" 🙄', 'yeah right, "next day delivery"', 'what a surprise, sold out again']);
  });
  test('genuine thanks for a fixed problem stays positive', () => {
    expectSentiment('positive', ['thanks, the refund came through today', 'the replacement arrived and works perfectly, thank you', 'the bug is fixed, great job team']);
  });
});

describe('complaint situations and negation', () => {
  test('complaint phrases wink-nlp scores neutral or positive', () => {
    for (const text of ['still waiting for my order', 'my package never arrived', 'I want to cancel my subscription', 'the lid came cracked']) {
      assert.ok(winkSentiment(text) >= 0, `wink alone already finds "${text}" negative: pick another example`);
    }
    expectSentiment('negative', ['still waiting for my order', 'my package never arrived', 'I want to cancel my subscription', 'the lid came cracked']);
    expectSentiment('negative', ['I want a REFUND', 'give me my money back']);
  });
  test('negation', () => {
    expectSentiment('negative', ['not happy with this at all', 'not worth the money', "I don't like the new menu", "the update didn't fix anything, still broken"]);
    expectSentiment('positive', ['no complaints, everything arrived on time', "can't complain, works great", 'not bad at all', 'never had a single problem with them']);
  });
});

describe('emoji', () => {
  test('angry and disappointed emoji', () => {
    expectSentiment('negative', ['😡', 'my order 😡😡', 'new menu 👎', 'the delivery 🙄']);
  });
  test('hearts, thanks and celebration', () => {
    expectSentiment('positive', ['❤️', 'new menu 🙏', 'got it today 🎉🎉', 'thank u 💙']);
  });
});

describe('neutral', () => {
  test('questions, requests, reports and acknowledgements', () => {
    expectSentiment('neutral', [
      'does the warranty cover accidental damage?',
      'would be great if you added a family plan',
      'FYI the size chart link goes to a 404 page',
      'ok',
      'ok thanks',
      'order number is 44120',
    ]);
  });
  test('spam is neutral whatever its tone', () => {
    expectSentiment('neutral', ['Amazing offer!!! earn $500 a day, DM me 💰 http://bit.ly/x']);
  });
  test('another language: cues only, wink-nlp not asked', () => {
    expectSentiment('positive', ['Merci beaucoup pour votre aide !', 'Danke für die schnelle Hilfe!']);
    expectSentiment('negative', ['Très déçu, jamais reçu ma commande', 'El pedido llegó roto']);
  });
});

test('the score is in -1..1 and its sign matches the label', () => {
  for (const text of ['great, my order is late again 😡😡😡 still waiting, never arrived, broken, useless', 'love love love ❤️❤️❤️ best ever thank you', 'hello']) {
    const { sentiment, sentimentScore } = scoreMessage(text);
    assert.ok(sentimentScore >= -1 && sentimentScore <= 1, `${sentimentScore}`);
    if (sentiment === 'positive') assert.ok(sentimentScore > 0);
    if (sentiment === 'negative') assert.ok(sentimentScore < 0);
  }
});
