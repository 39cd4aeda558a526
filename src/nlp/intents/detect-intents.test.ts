// Intent tags, by example: each intent's typical phrasings, and what must not trigger it.
// These messages are not in the labelled set.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Intent } from '../../core/inbox/vocabulary.ts';
import { scoreMessage } from '../score-message.ts';

const tagged = (text: string, intent: Intent): boolean => scoreMessage(text).intents.includes(intent);

function expectTagged(intent: Intent, texts: string[]): void {
  const missed = texts.filter((text) => !tagged(text, intent));
  assert.deepEqual(missed, [], `not tagged ${intent}`);
}

function expectNotTagged(intent: Intent, texts: string[]): void {
  const wrong = texts.filter((text) => tagged(text, intent));
  assert.deepEqual(wrong, [], `tagged ${intent} by mistake`);
}

describe('question', () => {
  test('question marks, interrogatives and requests for help', () => {
    expectTagged('question', [
      'do you deliver on saturdays',
      'How long is the warranty?',
      'anyone know if the codes stack',
      'is there a way to pause my subscription',
      'can someone help me with a return',
      '¿Tienen la talla 42?',
      'what\'s the best way to clean the grinder',
    ]);
  });
  test('exclamations, statements and links are not questions', () => {
    expectNotTagged('question', ['What a game last night!', 'How cool is that 😎', "can't wait for friday", 'here it is: https://example.com/a?b=1', 'Do not miss the finale']);
  });
});

describe('complaint and praise follow the sentiment', () => {
  test('complaints', () => {
    expectTagged('complaint', ['my parcel never arrived', 'charged twice for one order, please sort it', 'oh great, the app is down again', 'thanks for nothing']);
  });
  test('praise', () => {
    expectTagged('praise', ['thank you, the new version is brilliant', 'you guys rock 🙌', 'loved the live Q&A']);
  });
  test('a complaint is not praise and a question is neither', () => {
    expectNotTagged('praise', ['love how my order is lost again 🙃', 'what time do you close today?']);
    expectNotTagged('complaint', ['what time do you close today?', 'thanks, all sorted now']);
  });
});

describe('bug_report', () => {
  test('software and device failures', () => {
    expectTagged('bug_report', [
      'the app crashes when I rotate the screen',
      'getting error 500 at checkout',
      'website is down for me',
      'the login page keeps freezing on chrome',
      'the export button does nothing',
      'since the update my notifications stopped working',
      'the link in the newsletter is broken',
      'my earbuds stopped charging after the firmware update',
      "can't log in on android, it just spins",
    ]);
  });
  test('not a bug: shipping damage, a fixed bug, a question about a feature', () => {
    expectNotTagged('bug_report', ['the mug arrived broken', 'thanks for fixing the bug so fast', 'how do I reset my password?', 'is dark mode coming?']);
  });
});

describe('feature_request', () => {
  test('wishes and suggestions', () => {
    expectTagged('feature_request', [
      'would be great if the app had a widget',
      'please add google pay',
      'any chance of a vegan version?',
      'you should add a sleep timer',
      'bring back the old layout pls',
      'feature request: bulk delete',
      'would love to see more colours',
    ]);
  });
  test('not requests', () => {
    expectNotTagged('feature_request', ['love the new colours', 'where is my order?', 'the button does nothing']);
  });
});

describe('spam_suspicion', () => {
  test('promotion with links, DM me, crypto, giveaways, many mentions, stretched letters', () => {
    expectTagged('spam_suspicion', [
      'Earn $300 a day from home, DM me to learn how',
      'Get 5000 real followers for $9 at www.getfans.shop',
      'join my crypto signals group t.me/pumpit 🚀💰',
      'Congratulations, you have been selected as our winner! claim your prize: http://win-now.top',
      '@anna @ben @carla @dan @eve @fred look at my page!!!',
      'sooooo cuteeee checkkk my profileeee link in bio',
      'send 0.5 BTC and receive 1 BTC back, limited giveaway',
    ]);
  });
  test('profanity, a customer link, a discount question and one mention are not spam', () => {
    expectNotTagged('spam_suspicion', [
      'this is fucking ridiculous, where is my order',
      'shit, I forgot my password again',
      'here is a photo of the damage: https://imgur.com/a/abc123',
      'is the free shipping code still valid?',
      '@ShopNorth my order is late',
      'omg this is sooo good',
    ]);
  });
  test('spam carries no other intent and no sentiment', () => {
    const score = scoreMessage('Amazing giveaway!!! Win a free iPhone, DM me now 🎁 http://bit.ly/x');
    assert.deepEqual(score.intents, ['spam_suspicion']);
    assert.equal(score.sentiment, 'neutral');
  });
});
