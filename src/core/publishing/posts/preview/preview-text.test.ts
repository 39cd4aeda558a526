import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewText } from './preview-text.ts';

const special = (rule: Parameters<typeof previewText>[0], text: string) =>
  previewText(rule, text).segments.filter((s) => s.kind !== 'text').map(({ kind, text: t, href, countsAs }) => ({ kind, text: t, href, countsAs }));

describe('composer previews', () => {
  it('covers the whole text with segments whose offsets slice it back (UTF-16, emoji included)', () => {
    const text = 'Hé 👩‍👩‍👧 @alice.bsky.social see https://example.com/a?b=1 #launch!';
    for (const rule of ['x-weighted', 'bluesky', 'mastodon', 'utf-16', 'code-points', 'graphemes'] as const) {
      const { segments } = previewText(rule, text);
      assert.equal(segments.map((s) => s.text).join(''), text, rule);
      for (const s of segments) assert.equal(text.slice(s.start, s.end), s.text, `${rule}: ${s.kind}`);
    }
  });

  it('marks X links with or without scheme as 23 weighted characters, mentions and hashtags as links to X', () => {
    assert.deepEqual(special('x-weighted', 'read example.com/post or https://t.example.org/x, @jack #news'), [
      { kind: 'link', text: 'example.com/post', href: 'https://example.com/post', countsAs: 23 },
      { kind: 'link', text: 'https://t.example.org/x', href: 'https://t.example.org/x', countsAs: 23 },
      { kind: 'mention', text: '@jack', href: 'https://x.com/jack', countsAs: undefined },
      { kind: 'hashtag', text: '#news', href: 'https://x.com/hashtag/news', countsAs: undefined },
    ]);
  });

  it('finds Bluesky facets as the connector publishes them: links at full length, handles, tags', () => {
    assert.deepEqual(special('bluesky', '✨ hi @alice.bsky.social, see https://example.com/a. #tandem'), [
      { kind: 'mention', text: '@alice.bsky.social', href: 'https://bsky.app/profile/alice.bsky.social', countsAs: undefined },
      { kind: 'link', text: 'https://example.com/a', href: 'https://example.com/a', countsAs: undefined },
      { kind: 'hashtag', text: '#tandem', href: 'https://bsky.app/hashtag/tandem', countsAs: undefined },
    ]);
  });

  it('counts Mastodon links with a scheme as 23 and a remote mention as its local part; a bare domain stays text', () => {
    assert.deepEqual(special('mastodon', 'cc @bob@social.example and @carol: https://example.com/long/path. not example.com'), [
      { kind: 'mention', text: '@bob@social.example', href: undefined, countsAs: 4 },
      { kind: 'mention', text: '@carol', href: undefined, countsAs: undefined },
      { kind: 'link', text: 'https://example.com/long/path', href: 'https://example.com/long/path', countsAs: 23 },
    ]);
  });

  it('marks only links with a scheme on the plain rules', () => {
    assert.deepEqual(special('utf-16', '@here https://example.com example.org'), [{ kind: 'link', text: 'https://example.com', href: 'https://example.com', countsAs: undefined }]);
    assert.deepEqual(previewText('graphemes', '').segments, []);
  });
});
