// The harness (the app, hence @hono/zod-openapi) loads before the inbox modules whose schemas it extends.
import { startIngestHarness, type IngestHarness } from './testing/ingest-harness.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { authExpired, rateLimited, transient } from '../../../connectors/sdk/result.ts';
import { findChannelToIngest } from '../../../db/queries/inbox-ingest.ts';
import { ingestChannel } from './ingest-channel.ts';
import { ingestItems } from './ingest-items.ts';
import { prepareItems } from './prepare-items.ts';
import { inboxItem } from './testing/scripted-inbox.ts';

describe('ingesting a channel', () => {
  let h: IngestHarness;
  before(async () => {
    h = await startIngestHarness({ accountId: 'brand' });
  });
  after(() => h.close());

  const cursor = async () => (await h.rows<{ cursor: string }>('select cursor from channel_cursors where channel_id = $1', [h.channelId]))[0]?.cursor;

  it('stores each item as a scored message in a conversation, an activity and a person, page by page', async () => {
    h.inbox.items.push(
      inboxItem('ada', { externalId: 'a1', text: 'Is the store open on Sunday?' }),
      inboxItem('bob', { externalId: 'b1', text: 'Love the new release, great work' }),
      inboxItem('ada', { externalId: 'a2', text: 'thanks!', inReplyTo: 'a1', kind: 'reply' }),
    );
    const run = await ingestChannel(h.ctx, h.channelId, { pageSize: 2 });
    assert.deepEqual({ outcome: run.outcome, pages: run.pages, stored: run.stored, fetched: run.fetched }, { outcome: 'done', pages: 2, stored: 3, fetched: 3 });
    assert.equal(await cursor(), '3');
    assert.equal(await h.count('people'), 2, 'ada is one person across both pages');
    assert.equal(await h.count('identities'), 2);
    assert.equal(await h.count('conversations'), 2, "ada's reply (second page) joins her first message's conversation");
    const messages = await h.rows<{ external_id: string; kind: string; sentiment: string; sentiment_score: number; intents: string[]; conversation_id: string; activity_id: string | null; language: string | null }>(
      'select external_id, kind, sentiment, sentiment_score, intents, conversation_id, activity_id, language from messages order by external_id',
    );
    assert.deepEqual(messages.map((m) => m.external_id), ['a1', 'a2', 'b1']);
    assert.ok(messages.every((m) => m.kind === 'in' && m.activity_id));
    assert.equal(messages[0]!.conversation_id, messages[1]!.conversation_id);
    // Each message keeps its own scores: a neutral English question, an English praise.
    const scores = (m: (typeof messages)[number]) => ({ sentiment: m.sentiment, intents: m.intents, language: m.language, positive: m.sentiment_score > 0.2 });
    assert.deepEqual(scores(messages[0]!), { sentiment: 'neutral', intents: ['question'], language: 'en', positive: false });
    assert.deepEqual(scores(messages[2]!), { sentiment: 'positive', intents: ['praise'], language: 'en', positive: true });
    const [activity] = await h.rows<{ type: string; data: Record<string, unknown>; person_id: string }>("select type, data, person_id from activities where external_id = 'a2'");
    assert.equal(activity!.type, 'replied');
    assert.deepEqual(activity!.data, { kind: 'reply', text: 'thanks!', conversationId: messages[1]!.conversation_id });
    const conversationOf = async (id: string) =>
      (await h.rows<{ unread_count: number; status: string; hat: string; waiting_since: Date; last_inbound_at: Date; thread_key: string; sentiment: string; intents: string[] }>(
        'select unread_count, status, hat, waiting_since, last_inbound_at, thread_key, sentiment, intents from conversations where id = $1',
        [id],
      ))[0]!;
    const conversation = await conversationOf(messages[0]!.conversation_id);
    assert.deepEqual({ unread: conversation.unread_count, status: conversation.status, hat: conversation.hat, key: conversation.thread_key }, { unread: 2, status: 'open', hat: 'social', key: 'item:a1' });
    // A conversation shows its newest inbound message's scores: ada's "thanks!" (a later page) replaced her question's.
    assert.deepEqual({ sentiment: conversation.sentiment, intents: conversation.intents }, { sentiment: 'positive', intents: ['praise'] });
    const opened = await conversationOf(messages[2]!.conversation_id);
    assert.deepEqual({ sentiment: opened.sentiment, intents: opened.intents }, { sentiment: 'positive', intents: ['praise'] });
    assert.ok(new Date(conversation.waiting_since) < new Date(conversation.last_inbound_at), 'waits since the first unanswered message');
  });

  it('stores nothing twice when the items come again (a cursor lost, a network re-sending)', async () => {
    await h.rows('delete from channel_cursors where channel_id = $1', [h.channelId]);
    const before = await Promise.all((['messages', 'activities', 'conversations', 'people'] as const).map((t) => h.count(t)));
    const run = await ingestChannel(h.ctx, h.channelId);
    assert.deepEqual({ stored: run.stored, duplicates: run.duplicates }, { stored: 0, duplicates: 3 });
    assert.deepEqual(await Promise.all((['messages', 'activities', 'conversations', 'people'] as const).map((t) => h.count(t))), before);
    assert.equal(await cursor(), '3');
  });

  it('skips a bad item with its reason and the account’s own items, and stores the rest of the page', async () => {
    h.inbox.items.push({ externalId: 'bad', kind: 'mention', author: {}, text: 'x', createdAt: 'yesterday' }, inboxItem('brand', { externalId: 'own' }), inboxItem('cy', { externalId: 'c1' }));
    const run = await ingestChannel(h.ctx, h.channelId);
    assert.deepEqual({ stored: run.stored, skipped: run.skipped }, { stored: 1, skipped: 2 });
    assert.equal((await h.rows("select 1 from messages where external_id in ('bad', 'own')")).length, 0);
    assert.equal(await cursor(), '6', 'the page is behind us, bad item included');
    assert.deepEqual((await prepareItems([{ externalId: 'x', kind: 'mention', author: { externalId: 'a' }, text: 'x', createdAt: 'soon' }], { accountId: null })).skipped, [{ externalId: 'x', reason: 'createdAt "soon" is not a time' }]);
  });


  it('a connector error keeps the cursor and sets the channel health; a later success restores it', async () => {
    h.inbox.items.push(inboxItem('dee', { externalId: 'd1' }));
    h.inbox.failNext(rateLimited(120, 'slow down'));
    const limited = await ingestChannel(h.ctx, h.channelId);
    assert.deepEqual({ outcome: limited.outcome, kind: limited.error?.kind }, { outcome: 'error', kind: 'rate_limited' });
    assert.equal(await cursor(), '6');
    let channel = await findChannelToIngest(h.ctx.db, h.channelId);
    assert.equal(channel!.health, 'rate_limited');
    assert.equal((await ingestChannel(h.ctx, h.channelId)).outcome, 'skipped', 'no call inside the window the network named');
    await h.rows('update channels set rate_limited_until = now() - interval \'1 second\' where id = $1', [h.channelId]);

    h.inbox.failNext(transient('503'));
    assert.equal((await ingestChannel(h.ctx, h.channelId)).outcome, 'error');
    assert.equal(await cursor(), '6');
    const ok = await ingestChannel(h.ctx, h.channelId);
    assert.deepEqual({ outcome: ok.outcome, stored: ok.stored }, { outcome: 'done', stored: 1 });
    channel = await findChannelToIngest(h.ctx.db, h.channelId);
    assert.equal(channel!.health, 'ok');

    h.inbox.failNext(authExpired('token revoked'));
    await ingestChannel(h.ctx, h.channelId);
    channel = await findChannelToIngest(h.ctx.db, h.channelId);
    assert.deepEqual({ health: channel!.health }, { health: 'needs_reconnect' });
    const fetches = h.inbox.fetches.length;
    assert.equal((await ingestChannel(h.ctx, h.channelId)).outcome, 'skipped');
    assert.equal(h.inbox.fetches.length, fetches, 'a channel waiting for a reconnect is not called');
    await h.rows("update channels set health = 'ok' where id = $1", [h.channelId]);
  });

  it('reads one page ahead: the next page is asked for before this one is stored, and its failure keeps what was stored', async () => {
    const from = Number(await cursor());
    h.inbox.items.push(inboxItem('gil', { externalId: 'g1' }), inboxItem('gil', { externalId: 'g2' }), inboxItem('hal', { externalId: 'h1' }));
    const events: string[] = [];
    const fetchInbox = h.inbox.connector.fetchInbox!;
    h.inbox.connector.fetchInbox = (cctx, query) => (events.push(`fetch ${query.cursor}`), fetchInbox(cctx, query));
    const db = h.ctx.db;
    // The page transactions, seen from outside: ingestItems answers { applied }.
    const watched = new Proxy(db, {
      get: (target, key) => (key === 'transaction' ? async (fn: Parameters<typeof db.transaction>[0], config?: Parameters<typeof db.transaction>[1]) => {
        const result = await target.transaction(fn, config);
        if (result && typeof result === 'object' && 'applied' in result) events.push('page stored');
        return result;
      } : Reflect.get(target, key)),
    });
    try {
      const run = await ingestChannel({ ...h.ctx, db: watched }, h.channelId, { pageSize: 2 });
      assert.equal(run.stored, 3);
      assert.deepEqual(events, [`fetch ${from}`, `fetch ${from + 2}`, 'page stored', 'page stored']);

      // The page read ahead fails: the page before it is stored, the cursor stops after it.
      h.inbox.items.push(inboxItem('ivy', { externalId: 'i1' }), inboxItem('ivy', { externalId: 'i2' }), inboxItem('ivy', { externalId: 'i3' }));
      h.inbox.connector.fetchInbox = (cctx, query) => (query.cursor === String(from + 5) ? Promise.resolve(transient('503')) : fetchInbox(cctx, query));
      const failed = await ingestChannel(h.ctx, h.channelId, { pageSize: 2 });
      assert.deepEqual({ outcome: failed.outcome, stored: failed.stored }, { outcome: 'error', stored: 2 });
      assert.equal(await cursor(), String(from + 5));
    } finally {
      h.inbox.connector.fetchInbox = fetchInbox;
    }
    assert.equal((await ingestChannel(h.ctx, h.channelId)).stored, 1, 'the next run reads the failed page');
    await h.rows("update channels set health = 'ok' where id = $1", [h.channelId]);
  });

  it('stores an item carrying NUL characters (which PostgreSQL text cannot hold) without them, instead of failing its page on every retry', async () => {
    h.inbox.items.push(inboxItem('nul', { externalId: 'n1', text: 'broken\u0000 text', author: { externalId: 'nul', handle: 'nul\u0000', displayName: 'N\u0000ul' } }));
    assert.equal((await ingestChannel(h.ctx, h.channelId)).stored, 1);
    const [row] = await h.rows<{ text: string; handle: string; display_name: string }>("select m.text, i.handle, i.display_name from messages m join identities i on i.person_id = m.person_id where m.external_id = 'n1'");
    assert.deepEqual(row, { text: 'broken text', handle: 'nul', display_name: 'Nul' });
  });

  it('compare-and-set: two workers with the same page apply it once', async () => {
    const page = (await prepareItems([inboxItem('eve', { externalId: 'e1' }), inboxItem('eve', { externalId: 'e2' })], { accountId: null })).ready;
    const channel = (await findChannelToIngest(h.ctx.db, h.channelId))!;
    const from = await cursor();
    const results = await Promise.all([ingestItems(h.ctx, channel, { items: page, cursor: from!, nextCursor: 'after-e' }), ingestItems(h.ctx, channel, { items: page, cursor: from!, nextCursor: 'after-e' })]);
    assert.deepEqual(results.map((r) => r.applied).sort(), [false, true]);
    assert.equal((await h.rows("select 1 from messages where external_id in ('e1', 'e2')")).length, 2);
    assert.equal((await h.rows("select 1 from people p join identities i on i.person_id = p.id where i.external_id = 'eve'")).length, 1);
    assert.equal(await cursor(), 'after-e');
    // A worker that read the cursor before it moved: nothing applied.
    const stale = await ingestItems(h.ctx, channel, { items: (await prepareItems([inboxItem('fay')], { accountId: null })).ready, cursor: from!, nextCursor: 'x' });
    assert.equal(stale.applied, false);
    assert.equal(await cursor(), 'after-e');
  });
});
