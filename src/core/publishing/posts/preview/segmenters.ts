// How each counting rule's network finds links, mentions and hashtags in a text. Keyed by the
// counting rule a channel's stored limits name, so generic code never asks which network it is:
// - x-weighted: twitter-text's own extractor (links with or without scheme weigh 23; @mentions
//   and #hashtags are plain characters in the count);
// - bluesky: @atproto/api's RichText facet detection, as the connector publishes them (links and
//   mentions count their full graphemes; a mention links once its handle resolves);
// - mastodon: links with a scheme weigh 23, a remote "@user@domain" counts as "@user";
// - the plain rules (Discord, Telegram ...): links with a scheme, counted as typed.
import { RichText } from '@atproto/api';
import twitter from 'twitter-text';
import type { CountingRuleId } from '../../../../connectors/sdk/counting/index.ts';
import { MASTODON_URL_LENGTH } from '../../../../connectors/sdk/counting/mastodon.ts';
import { countGraphemes } from '../../../../connectors/sdk/counting/segment.ts';
import { matchesOf, type Entity } from './segment-types.ts';

type Segmenter = (text: string) => Entity[];

const X_URL_WEIGHT = 23;
const withScheme = (url: string) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);

const xEntities: Segmenter = (text) =>
  twitter.extractEntitiesWithIndices(text).flatMap((e): Entity[] => {
    const [start, end] = e.indices;
    if ('url' in e) return [{ kind: 'link', start, end, href: withScheme(e.url), countsAs: X_URL_WEIGHT }];
    if ('screenName' in e) return [{ kind: 'mention', start, end, href: `https://x.com/${e.screenName}` }];
    if ('hashtag' in e) return [{ kind: 'hashtag', start, end, href: `https://x.com/hashtag/${encodeURIComponent(e.hashtag)}` }];
    return [];
  });

// RichText works in UTF-8 bytes; its segments, read in order, give the UTF-16 offsets back.
const blueskyEntities: Segmenter = (text) => {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const entities: Entity[] = [];
  let at = 0;
  for (const segment of rt.segments()) {
    const start = at;
    at += segment.text.length;
    if (segment.link) entities.push({ kind: 'link', start, end: at, href: segment.link.uri });
    else if (segment.mention) entities.push({ kind: 'mention', start, end: at, href: `https://bsky.app/profile/${segment.mention.did}` });
    else if (segment.tag) entities.push({ kind: 'hashtag', start, end: at, href: `https://bsky.app/hashtag/${encodeURIComponent(segment.tag.tag)}` });
  }
  return entities;
};

// The same patterns as the mastodon counting rule (src/connectors/sdk/counting/mastodon.ts).
const SCHEME_URL = /https?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
const MASTODON_MENTION = /(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(@[\w.-]+\w)?/gi;
const HASHTAG = /(?<![\w&/#])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;

function schemeLinks(text: string, countsAs?: number): Entity[] {
  return matchesOf(text, SCHEME_URL).map(({ start, match }) => {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const link: Entity = { kind: 'link', start, end: start + url.length, href: url };
    if (countsAs !== undefined) link.countsAs = countsAs;
    return link;
  });
}

const mastodonEntities: Segmenter = (text) => {
  const links = schemeLinks(text, MASTODON_URL_LENGTH);
  const outsideLinks = (e: { start: number }) => !links.some((l) => e.start >= l.start && e.start < l.end);
  const mentions = matchesOf(text, MASTODON_MENTION)
    .filter(outsideLinks)
    .map(({ start, end, match }): Entity => {
      const mention: Entity = { kind: 'mention', start, end };
      // A remote mention counts as its local part only.
      if (match[2]) mention.countsAs = countGraphemes(`@${match[1]}`);
      return mention;
    });
  const tags = matchesOf(text, HASHTAG)
    .filter(outsideLinks)
    .map(({ start, end }): Entity => ({ kind: 'hashtag', start, end }));
  return [...links, ...mentions, ...tags];
};

const plainEntities: Segmenter = (text) => schemeLinks(text);

export const segmenters: Readonly<Record<CountingRuleId, Segmenter>> = {
  'x-weighted': xEntities,
  bluesky: blueskyEntities,
  mastodon: mastodonEntities,
  'code-points': plainEntities,
  'utf-16': plainEntities,
  graphemes: plainEntities,
};
