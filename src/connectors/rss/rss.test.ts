// Focused tests: lenient parsing of broken feeds, charsets, conditional requests, paging, limits.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../sdk/result.ts';
import type { InboxItem, InboxPage } from '../sdk/operations.ts';
import * as feeds from './broken-feeds.fixture.ts';
import { rssContext } from './contract-harness.fixture.ts';
import { decodeCursor, MAX_SEEN_IDS } from './cursor.ts';
import { startFeedServer } from './feed-server.fixture.ts';
import { rssConnector as rss } from './index.ts';

const server = await startFeedServer();
after(() => server.close());

const value = <T>(result: Result<T>): T => (result.ok ? result.value : assert.fail(`${result.error.kind}: ${result.error.reason}`));
const errorOf = (result: Result<unknown>) => (result.ok ? assert.fail('expected an error') : result.error);
const read = (url: string, cursor: string | null = null, limit = 50): Promise<Result<InboxPage>> => rss.fetchInbox!(rssContext(server, url), { cursor, limit });
const serveAndRead = async (name: string, body: string | Buffer, type = 'application/rss+xml; charset=utf-8') => value(await read(server.serve(name, body, type))).items;
const byText = (items: InboxItem[], start: string) => items.find((i) => i.text.startsWith(start)) ?? assert.fail(`no item starting "${start}" in ${JSON.stringify(items.map((i) => i.text))}`);

describe('rss: broken feeds still read', () => {
  it('unescaped ampersands, HTML entities and an impossible date', async () => {
    const url = server.serve('amp.xml', feeds.unescapedAmpersandsAndEntities, 'text/xml');
    const [item] = value(await read(url)).items;
    assert.equal(item?.externalId, 'fish-1');
    assert.equal(item?.text, 'Café & more ’n’ stuff today\n\nSalt & vinegar bold');
    assert.equal(item?.url, 'https://fish.example/a?x=1&y=2');
    assert.ok(Math.abs(Date.parse(item?.createdAt ?? '') - Date.now()) < 60_000, 'an unreadable date becomes the time it was read');
    assert.deepEqual(item?.author, { externalId: url, handle: 'Fish & Chips Weekly' }, 'without a named author, the feed is the author');
  });

  it('a feed cut off in the middle of an item keeps what it has', async () => {
    const items = await serveAndRead('cut.xml', feeds.missingClosingTags);
    assert.deepEqual(byText(items, 'Complete'), { externalId: 'https://cut.example/1', kind: 'message', author: items[0]!.author, text: 'Complete', createdAt: '2024-01-02T10:00:00.000Z', url: 'https://cut.example/1' });
    assert.equal(items.length, 2);
  });

  it('Atom: links resolved against xml:base, HTML titles and CDATA summaries as plain text, no javascript: links', async () => {
    const items = await serveAndRead('atom.xml', feeds.atomWithRelativeLinks, 'application/atom+xml');
    const first = byText(items, 'Relative');
    assert.equal(first.text, 'Relative to xml:base\n\nHello world\nsecond paragraph');
    assert.equal(first.url, 'https://atom.example/blog/posts/1');
    assert.deepEqual(first.author, { externalId: 'https://atom.example/people/ann', handle: 'Ann', displayName: 'Ann' });
    const second = byText(items, 'No id');
    assert.equal(second.url, undefined);
    assert.match(second.externalId, /^sha256:[0-9a-f]{32}$/);
  });

  it('Atom without xml:base: links resolved against the feed URL', async () => {
    const url = server.serve('bare-atom.xml', feeds.atomWithoutBase, 'application/atom+xml');
    const [item] = value(await read(url)).items;
    assert.equal(item?.url, `${server.baseUrl}/p/1`);
    assert.equal(item?.createdAt, '2024-05-01T08:00:00.000Z');
  });

  it('RSS 1.0 (RDF) with Dublin Core dates and creators', async () => {
    const [item] = await serveAndRead('rdf.xml', feeds.rss10Rdf, 'application/rdf+xml');
    assert.deepEqual([item?.externalId, item?.text, item?.createdAt, item?.author.handle], ['https://rdf.example/1', 'One\n\nRDF entry', '2024-01-01T00:00:00.000Z', 'Bob']);
  });

  it('entries without ids get stable hashed ids, so a second read does not repeat them', async () => {
    const url = server.serve('bare.xml', feeds.noIdsNoDates, 'application/xml', { validators: false });
    const first = value(await read(url));
    assert.equal(first.items.length, 2);
    assert.equal(new Set(first.items.map((i) => i.externalId)).size, 2);
    const again = value(await read(url, first.nextCursor));
    assert.deepEqual(again.items, []);
  });
});

describe('rss: charsets', () => {
  it('ISO-8859-1 bytes under a Content-Type that says UTF-8', async () => {
    const [item] = await serveAndRead('latin1.xml', feeds.latin1Bytes, 'text/xml; charset=utf-8');
    assert.equal(item?.text, 'Déjà vu à la crème brûlée');
  });

  it('the same bytes with no declaration at all', async () => {
    const [item] = await serveAndRead('latin1-bare.xml', feeds.latin1BytesUndeclared, 'text/xml');
    assert.equal(item?.text, 'Déjà vu à la crème brûlée');
  });

  it('UTF-8 with a byte-order mark', async () => {
    const [item] = await serveAndRead('bom.xml', feeds.utf8WithBom, 'application/rss+xml');
    assert.equal(item?.text, 'Naïve 😀');
  });
});

describe('rss: refusals', () => {
  it('an HTML page is not a feed, and says so', async () => {
    const error = errorOf(await read(server.serve('index.html', feeds.htmlPage, 'text/html; charset=utf-8')));
    assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'not_a_feed']);
    assert.match(error.reason, /not an RSS or Atom feed but a web page/);
  });

  it('plain text is not a feed either', async () => {
    assert.equal(errorOf(await read(server.serve('notes.txt', 'just some notes', 'text/plain'))).kind, 'rejected');
  });

  it('a feed larger than the size cap is refused', async () => {
    const big = `<rss version="2.0"><channel><title>Big</title>${'<item><title>x</title></item>'.repeat(200)}</channel></rss>`;
    const url = server.serve('big.xml', big, 'application/rss+xml');
    const error = errorOf(await rss.fetchInbox!(rssContext(server, url, { maxResponseBytes: 1_000 }), { cursor: null, limit: 10 }));
    assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'response_too_large']);
  });

  it('a 404 is rejected with the page title as reason, a cursor that is not ours too', async () => {
    assert.match(errorOf(await read(`${server.baseUrl}/files/missing.xml`)).reason, /404 Not Found/);
    assert.equal(errorOf(await read(server.feedUrl, 'not-a-cursor')).kind, 'rejected');
  });
});

describe('rss: conditional requests and paging', () => {
  it('sends the validators back, and a 304 is an empty page with the same cursor', async () => {
    const url = server.serve('cond.xml', feeds.rss10Rdf, 'application/rdf+xml');
    const first = value(await read(url));
    const second = value(await read(url, first.nextCursor));
    const sent = server.requests.at(-1)!;
    assert.deepEqual([sent.status, typeof sent.headers['if-none-match'], typeof sent.headers['if-modified-since']], [304, 'string', 'string']);
    assert.deepEqual(second, { items: [], nextCursor: first.nextCursor, hasMore: false });
  });

  it('keeps the old validators while pages remain, so the next page is not a 304', async () => {
    const url = server.serve('paged.xml', `<rss version="2.0"><channel><title>P</title>${[1, 2, 3].map((n) => `<item><guid>p${n}</guid><title>p${n}</title></item>`).join('')}</channel></rss>`, 'application/rss+xml');
    const first = value(await read(url, null, 2));
    assert.equal(decodeCursor(first.nextCursor)?.etag, undefined);
    const second = value(await read(url, first.nextCursor, 2));
    assert.deepEqual([...first.items, ...second.items].map((i) => i.externalId).sort(), ['p1', 'p2', 'p3']);
    assert.deepEqual([first.hasMore, second.hasMore, typeof decodeCursor(second.nextCursor)?.etag], [true, false, 'string']);
  });

  it(`remembers at most ${MAX_SEEN_IDS} entry ids, and reads only that many of the newest entries`, async () => {
    // Newest first, as feeds list them: i0 is the newest.
    const items = Array.from({ length: 600 }, (_, n) => `<item><guid>i${n}</guid><title>i${n}</title></item>`).join('');
    const url = server.serve('long.xml', `<rss version="2.0"><channel><title>L</title>${items}</channel></rss>`, 'application/rss+xml', { validators: false });
    const page = value(await read(url, null, 600));
    assert.deepEqual([page.items.length, page.items[0]?.externalId, page.items.at(-1)?.externalId], [MAX_SEEN_IDS, 'i499', 'i0']);
    assert.equal(decodeCursor(page.nextCursor)?.seen.length, MAX_SEEN_IDS);
    assert.deepEqual(value(await read(url, page.nextCursor, 600)).items, [], 'forgotten ids came back');
  });
});

it('rss: identify names the feed by its title and site', async () => {
  const url = server.serve('identity.xml', feeds.atomWithRelativeLinks, 'application/atom+xml');
  const identity = value(await rss.identify!(rssContext(server, url)));
  assert.deepEqual(identity, { accountId: url, handle: 'Atom news', displayName: 'Atom news', profileUrl: 'https://atom.example/' });
});
