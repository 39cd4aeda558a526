// The inbox from mention notifications: kinds, plain text, authors, and paging by the Link header.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';
import { linkParam } from './link-header.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

describe('Mastodon inbox', () => {
  let h: Instance;
  before(async () => (h = await startInstance()));
  after(() => h.network.close());

  const fetchPage = async (cursor: string | null, limit: number) => {
    const page = await mastodon.fetchInbox!(h.ctx, { cursor, limit });
    assert.ok(page.ok);
    return page.value;
  };

  it('an empty inbox keeps a cursor and says there is nothing more', async () => {
    assert.deepEqual(await fetchPage(null, 10), { items: [], nextCursor: '0', hasMore: false });
  });

  it('tells mentions, replies and direct messages apart, as plain text with the content warning first', async () => {
    const post = await mastodon.publish!(h.ctx, { idempotencyKey: 'k-1', text: 'our announcement', media: [], settings: { visibility: 'public', sensitive: false } });
    assert.ok(post.ok);
    const mention = h.network.receiveStatus({ text: 'you & me <3' });
    const answer = h.network.receiveStatus({ text: 'great news', inReplyTo: post.value.externalId, spoilerText: 'long' });
    const dm = h.network.receiveStatus({ text: 'psst', visibility: 'direct' });
    // Notifications of other types stay out of the inbox.
    h.network.state.notifications.push({ id: h.network.state.nextId(), type: 'favourite', created_at: new Date().toISOString(), account: mention.author, status: mention.status });

    const page = await fetchPage(null, 10);
    assert.deepEqual(
      page.items.map((i) => ({ id: i.externalId, kind: i.kind, text: i.text, inReplyTo: i.inReplyTo, visibility: i.visibility })),
      [
        { id: mention.status.id, kind: 'mention', text: `@brand you & me <3`, inReplyTo: undefined, visibility: 'public' },
        { id: answer.status.id, kind: 'reply', text: 'CW: long\n\n@brand great news', inReplyTo: post.value.externalId, visibility: 'public' },
        { id: dm.status.id, kind: 'dm', text: '@brand psst', inReplyTo: undefined, visibility: 'direct' },
      ],
    );
    assert.equal(page.items[0]?.author.externalId, mention.author.id);
    // Remote accounts keep their domain; local ones get the instance's.
    const handles = page.items.map((i) => i.author.handle);
    for (const handle of handles) assert.match(handle, /^@fan\d+@(remote\.example|127\.0\.0\.1:\d+)$/);
    assert.ok(handles.some((handle) => handle.endsWith('@remote.example')) && handles.some((handle) => handle.endsWith(`@${h.network.host}`)));
    assert.equal(page.items[0]?.url, mention.status.url);
    assert.equal(page.hasMore, false);
  });

  it('pages forward with min_id; the next cursor is the newest notification seen (Link rel="prev")', async () => {
    const start = await fetchPage(null, 80);
    for (let i = 0; i < 3; i++) h.network.receiveStatus({ text: `later ${i}` });
    const first = await fetchPage(start.nextCursor, 2);
    const request = h.network.state.requests.findLast((r) => r.path.startsWith('/api/v1/notifications'));
    assert.match(request?.path ?? '', /types\[\]=mention&limit=2&min_id=/);
    assert.equal(first.items.length, 2);
    assert.equal(first.hasMore, true);
    const newest = h.network.state.notifications.filter((n) => n.type === 'mention').at(-2);
    assert.equal(first.nextCursor, newest?.id, 'the cursor is the newest notification of the page');
    const second = await fetchPage(first.nextCursor, 2);
    assert.deepEqual(second.items.map((i) => i.text), ['@brand later 2']);
    assert.equal(second.hasMore, false);
    assert.deepEqual(await fetchPage(second.nextCursor, 2), { items: [], nextCursor: second.nextCursor, hasMore: false });
  });

  it('asks for at most 80 items, the endpoint maximum', async () => {
    await fetchPage(null, 500);
    assert.match(h.network.state.requests.findLast((r) => r.path.startsWith('/api/v1/notifications'))?.path ?? '', /limit=80&/);
  });
  it("reads the account's own numbers for growth reports", async () => {
    const metrics = await mastodon.fetchAccountMetrics!(h.ctx);
    assert.ok(metrics.ok);
    assert.deepEqual(metrics.value, { followers: 1234, following: 56, posts: 789 });
  });
});

describe('Mastodon Link header', () => {
  const header = '<https://m.example/api/v1/notifications?types%5B%5D=mention&max_id=7>; rel="next", <https://m.example/api/v1/notifications?min_id=9>; rel="prev"';

  it('reads the id parameter of the wanted relation', () => {
    assert.equal(linkParam(header, 'prev', 'min_id'), '9');
    assert.equal(linkParam(header, 'next', 'max_id'), '7');
    assert.equal(linkParam(header, 'next', 'min_id'), undefined);
  });

  it('copes with a missing or malformed header', () => {
    assert.equal(linkParam(null, 'prev', 'min_id'), undefined);
    assert.equal(linkParam('garbage', 'prev', 'min_id'), undefined);
    assert.equal(linkParam('<not a url>; rel="prev"', 'prev', 'min_id'), undefined);
  });

});
