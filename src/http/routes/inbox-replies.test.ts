// Replies and notes through the API, on a channel of the fake Mastodon instance: the check the
// reply box shows, a reply stored then sent by its job's attempt, cancel, notes with mentions,
// and who may do what (an analyst cannot reply, an approver sees nothing).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertTestConversation, readMessage } from '../../core/inbox/replies/testing/conversation-fixture.ts';
import { startReplyHarness, type ReplyHarness } from '../../core/inbox/replies/testing/reply-harness.ts';
import { sendReply } from '../../core/inbox/replies/send/send-reply.ts';
import type { TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

describe('inbox replies and notes API', () => {
  let h: ReplyHarness;
  let analyst: TestClient;
  let approver: TestClient;
  let carla: TestClient;
  let base: string;
  before(async () => {
    h = await startReplyHarness();
    base = `/api/v1/workspaces/${h.workspaceId}/inbox/conversations`;
    analyst = (await h.t.addMember(h.owner, h.workspaceId, 'analyst@example.com', 'analyst')).client;
    approver = (await h.t.addMember(h.owner, h.workspaceId, 'approver@example.com', 'approver')).client;
    carla = (await h.t.addMember(h.owner, h.workspaceId, 'carla@example.com', 'community_manager')).client;
  });
  after(() => h.close());

  it('checks a draft against the channel limit counted the Mastodon way (a link is 23)', async () => {
    const c = await h.conversationFromStatus();
    const url = `https://example.com/${'a'.repeat(100)}`;
    const fine = await h.owner.post(`${base}/${c.conversationId}/replies/check`, { text: `Tracking: ${url}` });
    assert.equal(fine.status, 200);
    assert.equal(fine.body.ok, true);
    assert.equal(fine.body.text.limit, 500);
    assert.equal(fine.body.remaining, 500 - ('Tracking: '.length + 23));
    const long = await h.owner.post(`${base}/${c.conversationId}/replies/check`, { text: 'x'.repeat(510) });
    assert.equal(long.body.ok, false);
    assert.equal(long.body.remaining, -10);
    assert.deepEqual(long.body.issues.map((i: { code: string }) => i.code), ['text_too_long']);
    const empty = await h.owner.post(`${base}/${c.conversationId}/replies/check`, { text: '  ' });
    assert.deepEqual(empty.body.issues.map((i: { code: string }) => i.code), ['reply_empty']);
  });

  it("uses the channel's stored limits over the connector's defaults", async () => {
    await h.t.database.query(`update channels set limits = $2::jsonb where id = $1`, [h.channelId, JSON.stringify({ text: { maxLength: 20, countingRule: 'mastodon' }, media: null, dailyPublishCap: null, rateLimits: [] })]);
    const c = await h.conversationFromStatus();
    const res = await h.owner.post(`${base}/${c.conversationId}/replies/check`, { text: 'This is longer than twenty' });
    assert.equal(res.body.text.limit, 20);
    assert.equal(res.body.ok, false);
    const refused = await h.owner.post(`${base}/${c.conversationId}/replies`, { text: 'This is longer than twenty' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'reply_invalid');
    assert.equal((await h.t.database.query(`select 1 from messages where conversation_id = $1 and kind = 'reply'`, [c.conversationId])).length, 0, 'nothing stored');
    await h.t.database.query(`update channels set limits = '{}'::jsonb where id = $1`, [h.channelId]);
  });

  it('a reply is stored scheduled, then its attempt puts it on the network as an answer to the status', async () => {
    const c = await h.conversationFromStatus();
    const res = await carla.post(`${base}/${c.conversationId}/replies`, { text: 'On its way!' });
    assert.equal(res.status, 201);
    assert.equal(res.body.kind, 'reply');
    assert.equal(res.body.sendState, 'scheduled');
    assert.equal(res.body.parentId, c.messageIds[0]);
    assert.equal(res.body.author.name, 'carla');
    assert.equal(await sendReply(h.senderCtx(), { messageId: res.body.id }), 'sent');
    const stored = await readMessage(h.t.database, res.body.id);
    assert.equal(h.mastodon.state.statuses.get(stored.external_id!)!.status.in_reply_to_id, c.statusId);
  });

  it('refuses a channel whose connector cannot reply, and a "send later" time in the past', async () => {
    const rss = await insertTestChannel(h.t.database.db, { workspaceId: h.workspaceId, network: 'rss', displayName: 'Blog feed', config: { feedUrl: 'https://example.com/feed.xml' } });
    const feed = await insertTestConversation(h.t.database, { workspaceId: h.workspaceId, channelId: rss.id });
    const refused = await h.owner.post(`${base}/${feed.conversationId}/replies`, { text: 'Hello' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'reply_not_supported');
    assert.equal(refused.body.reason, 'reply_not_supported');
    const check = await h.owner.post(`${base}/${feed.conversationId}/replies/check`, { text: 'Hello' });
    assert.deepEqual(check.body.issues.map((i: { code: string }) => i.code), ['reply_not_supported']);
    const c = await h.conversationFromStatus();
    const past = await h.owner.post(`${base}/${c.conversationId}/replies`, { text: 'Late', sendAt: new Date(h.clock.now().getTime() - 3_600_000).toISOString() });
    assert.equal(past.status, 422);
    assert.equal(past.body.code, 'schedule_in_past');
  });

  it('a disconnected channel: the check says so and the reply is refused until it is reconnected', async () => {
    const c = await h.conversationFromStatus();
    await h.t.database.query(`update channels set status = 'disconnected' where id = $1`, [h.channelId]);
    try {
      const check = await h.owner.post(`${base}/${c.conversationId}/replies/check`, { text: 'Hello' });
      assert.deepEqual(check.body.issues.map((i: { code: string; field: string }) => [i.code, i.field]), [['channel_disconnected', 'channel']]);
      assert.equal(check.body.remaining, 495, 'the count is still shown');
      const refused = await h.owner.post(`${base}/${c.conversationId}/replies`, { text: 'Hello' });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.code, 'reply_invalid');
    } finally {
      await h.t.database.query(`update channels set status = 'active' where id = $1`, [h.channelId]);
    }
  });

  it('a direct conversation needs a channel that can send DMs', async () => {
    const bluesky = await insertTestChannel(h.t.database.db, { workspaceId: h.workspaceId, network: 'bluesky', displayName: 'Brand on Bluesky' });
    const dm = await insertTestConversation(h.t.database, { workspaceId: h.workspaceId, channelId: bluesky.id, threadKey: 'dm:did:plc:someone' });
    const refused = await h.owner.post(`${base}/${dm.conversationId}/replies`, { text: 'Hi' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'reply_not_supported');
    assert.equal(refused.body.reason, 'dm_not_supported');
  });

  it('cancels a reply waiting to be sent, and refuses to cancel one already sent', async () => {
    const c = await h.conversationFromStatus();
    const later = await h.owner.post(`${base}/${c.conversationId}/replies`, { text: 'Tomorrow', sendAt: new Date(h.clock.now().getTime() + 86_400_000).toISOString() });
    const cancelled = await h.owner.delete(`${base}/${c.conversationId}/replies/${later.body.id}`);
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.text, 'Tomorrow');
    assert.equal((await h.owner.delete(`${base}/${c.conversationId}/replies/${later.body.id}`)).status, 404);
    const now = await h.owner.post(`${base}/${c.conversationId}/replies`, { text: 'Right now' });
    await sendReply(h.senderCtx(), { messageId: now.body.id });
    const refused = await h.owner.delete(`${base}/${c.conversationId}/replies/${now.body.id}`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'invalid_transition');
  });

  it('a note mentioning a teammate notifies them with a link to the conversation, and is never sent', async () => {
    const c = await h.conversationFromStatus();
    const res = await h.owner.post(`${base}/${c.conversationId}/notes`, { text: '@carla can you take this one? She is a VIP.' });
    assert.equal(res.status, 201);
    assert.equal(res.body.kind, 'note');
    assert.equal(res.body.sendState, null);
    assert.equal(res.body.mentions.length, 1);
    const inbox = await carla.get(`/api/v1/workspaces/${h.workspaceId}/notifications`);
    const mention = inbox.body.items.find((n: { kind: string }) => n.kind === 'inbox_mention');
    assert.equal(mention.title, 'Olivia Owner mentioned you in a conversation');
    assert.deepEqual({ conversationId: mention.subject.conversationId, messageId: mention.subject.messageId }, { conversationId: c.conversationId, messageId: res.body.id });
    assert.equal(h.mastodon.state.requests.filter((r) => r.method === 'POST' && String(r.body.status ?? '').includes('VIP')).length, 0);
  });

  it('refuses a mention of someone outside the workspace or who cannot see the inbox', async () => {
    const c = await h.conversationFromStatus();
    const stranger = await h.owner.post(`${base}/${c.conversationId}/notes`, { text: 'ask @someone@elsewhere.test' });
    assert.equal(stranger.status, 422);
    assert.equal(stranger.body.code, 'mention_not_member');
    const client = await h.owner.post(`${base}/${c.conversationId}/notes`, { text: 'fyi @approver' });
    assert.equal(client.status, 422);
    assert.equal(client.body.reason, 'cannot_read_inbox');
    const byId = await h.owner.post(`${base}/${c.conversationId}/notes`, { text: 'fyi', mentions: ['00000000-0000-4000-8000-000000000000'] });
    assert.equal(byId.body.code, 'mention_not_member');
  });

  it('an analyst may read but not reply, check or note; an approver sees nothing of the inbox', async () => {
    const c = await h.conversationFromStatus();
    for (const [path, payload] of [['replies', { text: 'hi' }], ['replies/check', { text: 'hi' }], ['notes', { text: 'hi' }]] as const) {
      assert.equal((await analyst.post(`${base}/${c.conversationId}/${path}`, payload)).status, 403, `analyst ${path}`);
      assert.equal((await approver.post(`${base}/${c.conversationId}/${path}`, payload)).status, 403, `approver ${path}`);
    }
    assert.equal((await approver.get(`${base}/${c.conversationId}/presence`)).status, 403);
    assert.equal((await analyst.get(`${base}/${c.conversationId}/presence`)).status, 200);
  });
});
