import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BLUESKY_BYTE_LIMIT, BLUESKY_GRAPHEME_LIMIT } from './bluesky.ts';
import { measure } from './index.ts';

const m = (text: string) => measure('bluesky', text, BLUESKY_GRAPHEME_LIMIT);

describe('Bluesky counting (graphemes and bytes)', () => {
  it('counts one grapheme per visible character', () => {
    assert.equal(m('👩‍👩‍👧‍👦').used, 1);
    assert.equal(m('🇫🇷🇩🇪').used, 2);
    assert.equal(m('👍🏽').used, 1);
    assert.equal(m('e\u0301').used, 1);
    assert.equal(m('日本語').used, 3);
  });

  it('counts URLs and mentions at their full length', () => {
    assert.equal(m('https://example.com/abc').used, 23);
    assert.equal(m('@alice.bsky.social').used, 18);
  });

  it('accepts 300 graphemes and refuses 301', () => {
    assert.equal(m('a'.repeat(300)).ok, true);
    assert.deepEqual(m('a'.repeat(301)), { used: 301, limit: 300, remaining: -1, ok: false });
  });

  it('refuses text under 300 graphemes but over 3,000 bytes', () => {
    // Each family emoji is 1 grapheme but 25 UTF-8 bytes: 121 of them are 3,025 bytes.
    const text = '👩‍👩‍👧‍👦'.repeat(121);
    assert.ok(Buffer.byteLength(text) > BLUESKY_BYTE_LIMIT);
    assert.deepEqual(m(text), { used: 121, limit: 300, remaining: 179, ok: false, problem: 'too_many_bytes' });
  });
});
