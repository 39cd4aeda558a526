// One GET of the feed through safe fetch (its timeout, size cap and address policy apply), made
// conditional with the validators from the last read (RFC 9110 §13.1: If-None-Match,
// If-Modified-Since), then decoded and parsed leniently.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { ConnectorContext } from '../sdk/context.ts';
import { errorFromHttpStatus } from '../sdk/http-errors.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { SafeResponse } from '../sdk/safe-fetch.ts';
import { decodeFeed } from './decode-feed.ts';
import type { RssConfig } from './manifest.ts';

export type Feed = ReturnType<typeof parseFeed>;
export type Validators = { etag?: string; lastModified?: string };
export type FeedAnswer = { notModified: true } | { notModified: false; feed: Feed; validators: Validators; url: string };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

// A short reason from an error page: its <title>, or the first line of plain text.
function reasonOf(response: SafeResponse): string | undefined {
  const type = response.headers.get('content-type') ?? '';
  const text = response.text();
  if (/html/i.test(type)) return /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() || undefined;
  if (/^text\/plain/i.test(type)) return text.split('\n')[0]?.trim() || undefined;
  return undefined;
}

const looksLikeHtml = (text: string) => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)\b/i.test(text);

export async function fetchFeed(ctx: ConnectorContext<RssConfig>, validators: Validators = {}): Promise<Result<FeedAnswer>> {
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'Tandem feed reader' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const answer = await ctx.fetch(ctx.config.feedUrl, { headers });
  if (!answer.ok) return answer;
  const response = answer.value;
  if (response.status === 304) return ok({ notModified: true });
  const error = errorFromHttpStatus(response.status, response.headers, reasonOf(response), ctx.now().getTime());
  if (error) return { ok: false, error };
  if (response.status !== 200) return rejected(`the feed answered HTTP ${response.status} instead of a feed`, `http_${response.status}`);

  const contentType = response.headers.get('content-type');
  const text = decodeFeed(response.body, contentType);
  const notAFeed = () => rejected(`${response.url} is not an RSS or Atom feed${looksLikeHtml(text) ? ' but a web page (HTML)' : ''}; use the feed's own address`, 'not_a_feed');
  if (looksLikeHtml(text)) return notAFeed();
  let feed: Feed;
  try {
    feed = parseFeed(text);
  } catch {
    // The parser gives up only when nothing at all can be read as a feed (code INVALID_FEED).
    return notAFeed();
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return ok({ notModified: false, feed, url: response.url, validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } });
}
