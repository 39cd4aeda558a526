// Mastodon's server-side rule (StatusLengthValidator): before counting, every http(s) URL is
// replaced by a 23-character placeholder and every remote mention "@user@domain" by "@user";
// then grapheme clusters are counted. The limit is per instance
// (/api/v2/instance configuration.statuses.max_characters), 500 by default. The content warning
// counts toward the same limit: measure `spoiler + text` when one is set.
import type { CountingRule } from './rule.ts';
import { countGraphemes } from './segment.ts';

export const MASTODON_DEFAULT_LIMIT = 500;
export const MASTODON_URL_LENGTH = 23;

// Only URLs with a scheme are shortened (Mastodon extracts them with twitter-text's extractor
// without protocol-less URLs); sentence punctuation after a URL still counts.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
// Account::MENTION_RE: "@user" or "@user@domain", not preceded by a word character, "=" or "/".
const REMOTE_MENTION = /(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\w.-]+\w/gi;
const placeholder = 'x'.repeat(MASTODON_URL_LENGTH);

export function mastodonCountableText(text: string): string {
  return text
    .replace(URL_PATTERN, (url) => placeholder + (TRAILING_PUNCTUATION.exec(url)?.[0] ?? ''))
    .replace(REMOTE_MENTION, '@$1');
}

export const mastodon: CountingRule = {
  id: 'mastodon',
  count: (text) => countGraphemes(mastodonCountableText(text)),
};
