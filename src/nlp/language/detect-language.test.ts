// Language detection: the six languages we see most, null when there is nothing to tell, and
// the sample file as a whole (language-samples.tsv).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './detect-language.ts';
import { readLanguageSamples } from './language-samples.ts';

test('English, French, Spanish, German, Portuguese and Japanese', () => {
  const cases: [string, string][] = [
    ['en', 'hi, my order still has not arrived, can you check?'],
    ['en', 'The customer service rep was patient and kind'],
    ['fr', 'Bonjour, est-ce que la boutique est ouverte dimanche ?'],
    ['es', 'Hola, ¿cuándo llega mi pedido? Ya pasó una semana'],
    ['de', 'Hallo, wann kommt meine Bestellung endlich an?'],
    ['pt', 'Olá, meu pedido ainda não chegou, podem verificar?'],
    ['ja', 'ありがとう'],
    ['ja', '商品が届きました、ありがとうございます！'],
  ];
  for (const [language, text] of cases) assert.equal(detectLanguage(text), language, text);
});

test('links, handles and hashtags do not count as words', () => {
  assert.equal(detectLanguage('@ShopNorth #tbt https://example.com/a/very/long/english/looking/path'), null);
  assert.equal(detectLanguage('@ShopNorth merci beaucoup pour la réponse rapide https://t.co/abc'), 'fr');
});

test('null when there is too little text or no letters', () => {
  for (const text of ['', 'ok', 'lol', '👍', '😡😡😡', '12345 678', '!!!', '@someone', 'gm ☀️']) assert.equal(detectLanguage(text), null, JSON.stringify(text));
});

test('the language samples: at least 95% right, none in a constructed language', () => {
  const samples = readLanguageSamples();
  const answers = samples.map((sample) => ({ ...sample, detected: detectLanguage(sample.text) }));
  const right = answers.filter((answer) => answer.detected === answer.language).length;
  console.log(`language samples: ${right}/${samples.length} right`);
  assert.ok(right / samples.length >= 0.95, answers.filter((answer) => answer.detected !== answer.language).map((answer) => `${answer.language} -> ${answer.detected}: ${answer.text}`).join('\n'));
  for (const answer of answers) assert.ok(!['eo', 'vo', 'tlh', 'la'].includes(answer.detected ?? ''), answer.text);
});
