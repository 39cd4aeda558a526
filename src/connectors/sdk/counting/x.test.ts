// Pins how twitter-text 3.1.0 (the library X publishes) weighs tricky text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { X_PREMIUM_LIMIT, X_STANDARD_LIMIT, xWeighted } from './x.ts';
import { measure } from './index.ts';

const count = xWeighted.count;

describe('X weighted counting (twitter-text)', () => {
  it('counts Latin letters as 1', () => {
    assert.equal(count('hello'), 5);
  });

  it('counts any emoji sequence as 2, however many code points it has', () => {
    assert.equal(count('😀'), 2);
    assert.equal(count('👩‍👩‍👧‍👦'), 2); // 7 code points joined by ZWJ
    assert.equal(count('🇫🇷'), 2); // two regional indicators
    assert.equal(count('👍🏽'), 2); // emoji + skin tone modifier
    assert.equal(count('❤️'), 2); // with variation selector
    assert.equal(count('1️⃣'), 2); // keycap
    assert.equal(count('👋🏿👩🏽‍💻'), 4);
  });

  it('counts CJK and Hangul as 2 each, Cyrillic as 1', () => {
    assert.equal(count('日本語'), 6);
    assert.equal(count('한국어'), 6);
    assert.equal(count('Привет'), 6);
  });

  it('normalises combining marks first (NFC): e + U+0301 counts like é', () => {
    assert.equal(count('e\u0301'), 1);
    assert.equal(count('e\u0301'.repeat(3)), 3);
  });

  it('counts every URL as 23, with or without scheme', () => {
    assert.equal(count(`see https://example.com/${'long/'.repeat(30)}?x=1`), 4 + 23);
    assert.equal(count('example.com'), 23);
  });

  it('counts @mentions as their characters', () => {
    assert.equal(count('@jack hi'), 8);
  });

  it('measures against the standard and the Premium limit', () => {
    const text = 'a'.repeat(300);
    assert.deepEqual(measure('x-weighted', text, X_STANDARD_LIMIT), { used: 300, limit: 280, remaining: -20, ok: false });
    assert.equal(measure('x-weighted', text, X_PREMIUM_LIMIT).ok, true);
    assert.equal(measure('x-weighted', '日'.repeat(12_500), X_PREMIUM_LIMIT).remaining, 0);
  });
});
