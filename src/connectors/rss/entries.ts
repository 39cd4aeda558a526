// Feed entries as inbox items. An entry's id is its guid / Atom id, else its link, else a hash of
// its title and date (some feeds have neither id nor link). Links are resolved against the feed's
// own URL (the parser already applies xml:base), and only http(s) links are kept.
import { createHash } from 'node:crypto';
import type { InboxItem } from '../sdk/operations.ts';
import type { Feed } from './fetch-feed.ts';
import { htmlToPlainText, truncate } from './plain-text.ts';

type Entry = Feed['items'][number];

/** A summary is for triage, not reading: the article is one click away. */
export const MAX_SUMMARY_CHARS = 1_000;

function absoluteHttpUrl(link: string | null, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function entryId(entry: Entry, link: string | undefined): string {
  const id = entry.id?.trim();
  if (id) return id;
  if (link) return link;
  const digest = createHash('sha256').update(`${entry.title ?? ''}\n${(entry.published ?? entry.updated)?.toISOString() ?? ''}`).digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}

function authorOf(entry: Entry, feed: Feed, feedUrl: string): InboxItem['author'] {
  const person = entry.authors[0] ?? feed.authors[0];
  const name = person?.name?.trim() || undefined;
  const email = person?.email?.trim() || undefined;
  const url = absoluteHttpUrl(person?.url ?? null, feedUrl);
  // Feeds rarely identify people; without anyone named, the feed itself is the author.
  const externalId = url ?? email ?? name ?? feedUrl;
  const handle = name ?? email ?? (feed.title ? htmlToPlainText(feed.title) : new URL(feedUrl).hostname);
  return { externalId, handle, ...(name ? { displayName: name } : {}) };
}

export function toInboxItem(entry: Entry, feed: Feed, feedUrl: string, fetchedAt: Date): InboxItem {
  const url = absoluteHttpUrl(entry.url, feedUrl);
  const title = entry.title ? htmlToPlainText(entry.title) : '';
  const summary = truncate(htmlToPlainText(entry.description ?? entry.content ?? ''), MAX_SUMMARY_CHARS);
  // A missing or unreadable date becomes the moment the entry was first seen.
  const date = entry.published ?? entry.updated ?? fetchedAt;
  return {
    externalId: entryId(entry, url),
    kind: 'message',
    author: authorOf(entry, feed, feedUrl),
    text: [title, summary].filter((part) => part !== '').join('\n\n'),
    createdAt: date.toISOString(),
    ...(url ? { url } : {}),
  };
}
