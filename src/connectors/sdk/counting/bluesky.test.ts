import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BLUESKY_BYTE_LIMIT, BLUESKY_GRAPHEME_LIMIT, facets } from './bluesky.ts';
import { measure } from './index.ts';

const m = (text: string) => measure('bluesky', text, BLUESKY_GRAPHEME_LIMIT);
const bytesOf = (text: string, start: number, end: number) => Buffer.from(text).subarray(start, end).toString();

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

describe('Bluesky facets (UTF-8 byte offsets)', () => {
  it('gives byte offsets for a link after multi-byte text', () => {
    const text = 'Café 👩‍👩‍👧‍👦 https://example.com/a?b=1.';
    const [link] = facets(text);
    assert.deepEqual(link, { index: { byteStart: 32, byteEnd: 57 }, feature: { type: 'link', uri: 'https://example.com/a?b=1' } });
    assert.equal(bytesOf(text, 32, 57), 'https://example.com/a?b=1');
  });

  it('finds mentions of domain handles and leaves emails and bare words alone', () => {
    const text = 'héllo @alice.bsky.social and (@bob.test), mail me@example.com or @nobody';
    const found = facets(text);
    assert.deepEqual(found.map((f) => f.feature), [
      { type: 'mention', handle: 'alice.bsky.social' },
      { type: 'mention', handle: 'bob.test' },
    ]);
    for (const f of found) assert.equal(bytesOf(text, f.index.byteStart, f.index.byteEnd), `@${(f.feature as { handle: string }).handle}`);
  });

  it('keeps a parenthesis that belongs to the URL and drops one that closes the sentence', () => {
    const uris = facets('(see https://en.wikipedia.org/wiki/Tandem_(bicycle)) and (https://a.example/x)').map((f) => f.feature);
    assert.deepEqual(uris, [
      { type: 'link', uri: 'https://en.wikipedia.org/wiki/Tandem_(bicycle)' },
      { type: 'link', uri: 'https://a.example/x' },
    ]);
  });

  it('returns facets in text order and none for plain text', () => {
    const text = 'https://a.example @c.example';
    assert.deepEqual(facets(text).map((f) => f.index.byteStart), [0, 18]);
    assert.deepEqual(facets('nothing to see here'), []);
  });
});
