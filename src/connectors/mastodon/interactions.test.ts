// Replies, direct messages, moderation, metrics and identity against the fake instance.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startInstance } from './fixture/harness.ts';
import { mastodonConnector as mastodon } from './index.ts';

type Instance = Awaited<ReturnType<typeof startInstance>>;

describe('Mastodon replies, DMs, moderation, metrics, identity', () => {
  let h: Instance;
  before(async () => (h = await startInstance()));
  after(() => h.network.close());

  const stored = (id: string) => h.network.state.statuses.get(id);

  it('a reply to a direct message stays direct and mentions its author', async () => {
    const dm = h.network.receiveStatus({ text: 'my order is late', visibility: 'direct' });
    const answer = await mastodon.reply!(h.ctx, { idempotencyKey: randomUUID(), to: dm.status.id, text: 'sorry, looking into it' });
    assert.ok(answer.ok);
    const status = stored(answer.value.externalId);
    assert.equal(status?.status.visibility, 'direct');
    assert.equal(status?.source, `@${dm.author.acct} sorry, looking into it`);
    assert.equal(status?.status.in_reply_to_id, dm.status.id);
  });

  it('a reply that already mentions the author is sent as written, with the public visibility it answers', async () => {
    const mention = h.network.receiveStatus({ text: 'hello?' });
    const text = `@${mention.author.acct} hi!`;
    const answer = await mastodon.reply!(h.ctx, { idempotencyKey: randomUUID(), to: mention.status.id, text });
    assert.ok(answer.ok);
    assert.deepEqual({ text: stored(answer.value.externalId)?.source, visibility: stored(answer.value.externalId)?.status.visibility }, { text, visibility: 'public' });
  });

  it('a direct message is a direct status that mentions the account', async () => {
    const { author } = h.network.receiveStatus({ text: 'hi' });
    const sent = await mastodon.sendDirectMessage!(h.ctx, { idempotencyKey: randomUUID(), to: author.id, text: 'a code for you' });
    assert.ok(sent.ok);
    assert.deepEqual({ text: stored(sent.value.externalId)?.source, visibility: stored(sent.value.externalId)?.status.visibility }, { text: `@${author.acct} a code for you`, visibility: 'direct' });
  });

  it('a report names the status and its author, with the reason as the comment', async () => {
    const { status, author } = h.network.receiveStatus({ text: 'buy followers' });
    const result = await mastodon.moderate!(h.ctx, { action: 'report', targetExternalId: status.id, reason: 'spam links' });
    assert.ok(result.ok);
    assert.deepEqual(h.network.state.reports.at(-1), { account_id: author.id, status_ids: [status.id], comment: 'spam links', category: 'other' });
  });

  it('ban blocks the account; actions Mastodon lacks are rejected without a call', async () => {
    const { author, status } = h.network.receiveStatus({ text: 'troll' });
    assert.ok((await mastodon.moderate!(h.ctx, { action: 'ban', targetExternalId: author.id })).ok);
    assert.ok(h.network.state.blocks.has(author.id));
    const before = h.network.state.requests.length;
    const kick = await mastodon.moderate!(h.ctx, { action: 'delete', targetExternalId: status.id });
    assert.equal(!kick.ok && kick.error.kind, 'rejected');
    assert.equal(h.network.state.requests.length, before);
  });

  it('metrics read favourites, boosts and replies of each status', async () => {
    const post = await mastodon.publish!(h.ctx, { idempotencyKey: randomUUID(), text: 'count me', media: [], settings: { visibility: 'public', sensitive: false } });
    assert.ok(post.ok);
    await h.network.setMetrics(post.value.externalId, { likes: 7, reposts: 5, replies: 2 });
    const metrics = await mastodon.fetchMetrics!(h.ctx, { externalIds: [post.value.externalId] });
    assert.deepEqual(metrics, { ok: true, value: [{ externalId: post.value.externalId, counts: { likes: 7, reposts: 5, replies: 2 } }] });
    const missing = await mastodon.fetchMetrics!(h.ctx, { externalIds: ['404'] });
    assert.deepEqual(!missing.ok && missing.error, { kind: 'rejected', reason: 'Record not found', code: 'http_404' });
  });

  it('identify says whose token it is', async () => {
    const me = h.network.state.me;
    assert.deepEqual(await mastodon.identify!(h.ctx), { ok: true, value: { accountId: me.id, handle: `@brand@${h.network.host}`, displayName: 'The Brand', profileUrl: me.url } });
  });
});
