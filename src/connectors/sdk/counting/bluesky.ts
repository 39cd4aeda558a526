// Bluesky: a post's text is at most 300 graphemes AND 3,000 UTF-8 bytes
// (app.bsky.feed.post: maxGraphemes 300, maxLength 3000). Graphemes are what users see,
// so they are the "used" number; the byte cap only shows up as a problem.
import type { CountingRule } from './rule.ts';
import { countGraphemes, utf8Length } from './segment.ts';

export const BLUESKY_GRAPHEME_LIMIT = 300;
export const BLUESKY_BYTE_LIMIT = 3_000;

export const bluesky: CountingRule = {
  id: 'bluesky',
  count: countGraphemes,
  extraProblem: (text) => (utf8Length(text) > BLUESKY_BYTE_LIMIT ? 'too_many_bytes' : undefined),
};
