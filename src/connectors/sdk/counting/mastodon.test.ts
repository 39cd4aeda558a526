import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MASTODON_DEFAULT_LIMIT, mastodonCountableText } from './mastodon.ts';
import { measure } from './index.ts';

const used = (text: string) => measure('mastodon', text, MASTODON_DEFAULT_LIMIT).used;

describe('Mastodon counting', () => {
  it('counts any http(s) URL as 23, keeping sentence punctuation', () => {
    assert.equal(used(`https://example.com/${'x'.repeat(200)}`), 23);
    assert.equal(used('see http://a.io.'), 4 + 23 + 1);
  });

  it('does not shorten a domain without a scheme', () => {
    assert.equal(used('example.com'), 11);
  });

  it('counts a remote mention as its username only', () => {
    assert.equal(mastodonCountableText('hi @alice@mastodon.social!'), 'hi @alice!');
    assert.equal(used('@alice@mastodon.social'), 6);
    assert.equal(used('@alice'), 6);
  });

  it('leaves e-mail addresses alone', () => {
    assert.equal(mastodonCountableText('write to bob@example.com'), 'write to bob@example.com');
  });

  it('counts grapheme clusters: emoji sequences, flags, combining marks and CJK', () => {
    assert.equal(used('👩‍👩‍👧‍👦🇫🇷👍🏽'), 3);
    assert.equal(used('e\u0301'), 1);
    assert.equal(used('日本語'), 3);
  });

  it('applies the instance limit', () => {
    assert.equal(measure('mastodon', 'a'.repeat(501), MASTODON_DEFAULT_LIMIT).ok, false);
    assert.equal(measure('mastodon', 'a'.repeat(501), 5_000).ok, true);
  });
});
