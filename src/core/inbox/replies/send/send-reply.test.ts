// Sending replies against the fake Mastodon instance on loopback: the reply lands on the network
// as an answer to the right status, exactly once, through races, retries and a dead worker.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectors } from '../../../../connectors/registry.ts';
import { mastodonConnector } from '../../../../connectors/mastodon/index.ts';
import type { Connector } from '../../../../connectors/sdk/manifest.ts';
import { claimReply } from '../../../../db/queries/messages.ts';
import { buildConnectorContext } from '../../../channels/build-connector-context.ts';
import { registryOf } from '../../../channels/connector-registry.ts';
import { loadChannel } from '../../../channels/load-channel.ts';
import { createReply } from '../create-reply.ts';
import { readConversation, readMessage } from '../testing/conversation-fixture.ts';
import { startReplyHarness, type ReplyHarness } from '../testing/reply-harness.ts';
import { sendReply } from './send-reply.ts';
import { sweepReplies } from './sweep-replies.ts';

// Mastodon without its idempotency: what a network that can neither deduplicate nor be asked is.
const unverifiable: Connector = { ...mastodonConnector, manifest: { ...mastodonConnector.manifest, id: 'mastodon-unverifiable', publishIdempotency: 'unverifiable' }, lookupPublished: undefined } as Connector;

describe('send-reply', () => {
  let h: ReplyHarness;
  before(async () => {
    h = await startReplyHarness({ connectors: registryOf({ ...connectors, 'mastodon-unverifiable': unverifiable }) });
  });
  after(() => h.close());

  const ownStatuses = (text: string) => [...h.mastodon.state.statuses.values()].filter((s) => s.status.account.id === h.mastodon.state.me.id && s.source === text);
  const send = (messageId: string) => sendReply(h.senderCtx(), { messageId });
  const notificationsFor = (messageId: string) => h.t.database.query<{ user_id: string; kind: string; title: string; body: string; subject: Record<string, string> }>(`select * from notifications where subject->>'messageId' = $1`, [messageId]);

  it('goes out as a reply to the latest inbound status, once, and marks the conversation answered', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Sorry about that: it ships today.' });
    assert.equal(reply.sendState, 'scheduled');
    assert.equal(reply.inReplyTo, c.statusId);
    assert.equal(await send(reply.id), 'sent');
    const stored = await readMessage(h.t.database, reply.id);
    assert.equal(stored.send_state, 'sent');
    const onNetwork = h.mastodon.state.statuses.get(stored.external_id!)!;
    assert.equal(onNetwork.status.in_reply_to_id, c.statusId);
    assert.equal(onNetwork.source, 'Sorry about that: it ships today.');
    assert.equal(stored.url, onNetwork.status.url);
    assert.equal(h.mastodon.state.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/statuses')?.headers['idempotency-key'], stored.idempotency_key);
    const conversation = await readConversation(h.t.database, c.conversationId);
    assert.equal(conversation.status, 'open', 'replying alone does not resolve');
    assert.equal(conversation.waiting_since, null);
    assert.equal(conversation.first_response_at?.getTime(), h.clock.now().getTime());
    assert.equal(await send(reply.id), 'not_claimed', 'a second run of the job does nothing');
    assert.equal(ownStatuses('Sorry about that: it ships today.').length, 1);
  });

  it('"send later" waits for its time: an early job re-queues it for then', async () => {
    const c = await h.conversationFromStatus();
    const sendAt = new Date(h.clock.now().getTime() + 3_600_000);
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Good morning! Following up.', sendAt });
    h.requeued.length = 0;
    assert.equal(await send(reply.id), 'not_claimed');
    assert.deepEqual(h.requeued, [{ id: reply.id, sendAt }]);
    assert.equal(ownStatuses('Good morning! Following up.').length, 0);
    h.clock.advance(3_600_000);
    assert.equal(await send(reply.id), 'sent');
    assert.equal(ownStatuses('Good morning! Following up.').length, 1);
  });

  it('two senders racing for one reply: one sends, the other does nothing', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Racing reply' });
    const results = await Promise.all([send(reply.id), send(reply.id), send(reply.id)]);
    assert.deepEqual(results.sort(), ['not_claimed', 'not_claimed', 'sent']);
    assert.equal(ownStatuses('Racing reply').length, 1);
  });

  it('rate limited: retried at the time the network names, without counting an attempt', async () => {
    // The instance names its reset on its own (real) clock.
    h.clock.set(new Date());
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Rate limited reply' });
    h.requeued.length = 0;
    h.mastodon.failNext({ kind: 'rate_limited', retryAfterSeconds: 120 });
    assert.equal(await send(reply.id), 'retry');
    const waiting = await readMessage(h.t.database, reply.id);
    assert.equal(waiting.send_state, 'scheduled');
    assert.equal(waiting.error_kind, 'rate_limited');
    assert.equal(waiting.send_attempts, 0);
    const waitMs = waiting.send_at!.getTime() - h.clock.now().getTime();
    assert.ok(waitMs >= 119_000 && waitMs <= 124_000, `retried at the reset the network named, not ${waitMs} ms later`);
    assert.deepEqual(h.requeued.map((r) => r.id), [reply.id]);
    assert.equal(await send(reply.id), 'not_claimed', 'not before its time');
    h.clock.advance(121_000);
    assert.equal(await send(reply.id), 'sent');
    assert.equal(ownStatuses('Rate limited reply').length, 1);
  });

  it('auth expired: failed with the reason, the author told, the channel marked for reconnecting', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Auth expired reply' });
    h.mastodon.failNext({ kind: 'auth_expired' });
    assert.equal(await send(reply.id), 'failed');
    const failed = await readMessage(h.t.database, reply.id);
    assert.equal(failed.send_state, 'failed');
    assert.equal(failed.error_kind, 'auth_expired');
    assert.match(failed.error_reason!, /revoked/);
    const [note, ...more] = await notificationsFor(reply.id);
    assert.equal(more.length, 0);
    assert.equal(note!.user_id, h.userId);
    assert.equal(note!.kind, 'reply_failed');
    assert.match(note!.title, /could not be sent on Brand on Mastodon/);
    assert.equal(note!.subject.conversationId, c.conversationId);
    const [channel] = await h.t.database.query<{ health: string }>('select health from channels where id = $1', [h.channelId]);
    assert.equal(channel!.health, 'needs_reconnect');
    await h.t.database.query(`update channels set health = 'ok', health_reason = null where id = $1`, [h.channelId]);
  });

  it("rejected: failed with the network's own reason", async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Rejected reply' });
    h.mastodon.failNext({ kind: 'rejected', reason: 'Text contains a forbidden word' });
    assert.equal(await send(reply.id), 'failed');
    const failed = await readMessage(h.t.database, reply.id);
    assert.equal(failed.error_kind, 'rejected');
    assert.match(failed.error_reason!, /forbidden word/);
    assert.equal(ownStatuses('Rejected reply').length, 0);
  });

  it('transient: retried with backoff, then given up as an unknown outcome the author is asked to check', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Transient reply' });
    const delays: number[] = [];
    for (let i = 0; i < 2; i++) {
      h.mastodon.failNext({ kind: 'transient' });
      assert.equal(await send(reply.id), 'retry');
      const waiting = await readMessage(h.t.database, reply.id);
      assert.equal(waiting.error_kind, 'transient');
      delays.push(waiting.send_at!.getTime() - h.clock.now().getTime());
      h.clock.set(waiting.send_at!);
    }
    assert.ok(delays[1]! > delays[0]! * 1.3, `backoff grows: ${delays.join(', ')}`);
    h.mastodon.failNext({ kind: 'transient' });
    assert.equal(await send(reply.id), 'failed');
    const failed = await readMessage(h.t.database, reply.id);
    assert.equal(failed.error_kind, 'unknown_outcome');
    assert.match(failed.error_reason!, /did not confirm the reply/);
    assert.match((await notificationsFor(reply.id))[0]!.title, /may not have been sent/);
  });

  it("a dead worker's claim is taken over after the lease; the reply's own key keeps the network from posting it twice", async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Reply whose worker died' });
    // The dead worker claimed the reply and reached the network, then stopped before storing anything.
    const claimed = await claimReply(h.t.database.db, { messageId: reply.id, now: h.clock.now(), leaseSeconds: 60 });
    const { channel, connector } = await loadChannel(h.t.database.db, h.t.runtime.connectors, h.workspaceId, h.channelId);
    const first = await connector.reply!(buildConnectorContext(h.senderCtx(), connector, channel), { idempotencyKey: claimed!.idempotencyKey!, to: c.statusId, text: claimed!.text });
    assert.ok(first.ok);
    assert.equal(await send(reply.id), 'not_claimed', 'a live claim is left alone');
    h.clock.advance(61_000);
    h.requeued.length = 0;
    const sweepCtx = { ...h.senderCtx(), requeue: async (r: { id: string; sendAt: Date }[]) => void h.requeued.push(...r) };
    assert.ok((await sweepReplies(sweepCtx, { limit: 100 })) >= 1);
    assert.ok(h.requeued.some((r) => r.id === reply.id), 'the sweep queued the stale claim');
    assert.equal(await send(reply.id), 'sent');
    const stored = await readMessage(h.t.database, reply.id);
    assert.equal(stored.external_id, first.value.externalId, 'the status the dead worker posted');
    assert.equal(stored.send_attempts, 2);
    assert.equal(ownStatuses('Reply whose worker died').length, 1);
  });

  it('where the network can neither deduplicate nor be asked, a dead worker\'s reply is failed as unknown_outcome, never sent again', async () => {
    const channelId = await h.addMastodonChannel({ network: 'mastodon-unverifiable', displayName: 'Unverifiable' });
    const c = await h.conversationFromStatus({ channelId });
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Unverifiable reply' });
    await claimReply(h.t.database.db, { messageId: reply.id, now: h.clock.now(), leaseSeconds: 60 });
    h.clock.advance(61_000);
    assert.equal(await send(reply.id), 'failed');
    const failed = await readMessage(h.t.database, reply.id);
    assert.equal(failed.error_kind, 'unknown_outcome');
    assert.match(failed.error_reason!, /look at the conversation on the network/);
    assert.equal(ownStatuses('Unverifiable reply').length, 0);
    assert.equal((await notificationsFor(reply.id)).length, 1);
  });

  it('"send and resolve" resolves the conversation once the reply is out', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Done, closing this', resolve: true });
    assert.equal((await readConversation(h.t.database, c.conversationId)).status, 'open', 'not before it is sent');
    assert.equal(await send(reply.id), 'sent');
    const conversation = await readConversation(h.t.database, c.conversationId);
    assert.equal(conversation.status, 'resolved');
    assert.ok(conversation.resolved_at);
  });

  it('"send and resolve" on a conversation merged meanwhile: the reply still counts as sent, the status stays', async () => {
    const c = await h.conversationFromStatus();
    const into = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Resolving a merged one', resolve: true });
    await h.t.database.query('update conversations set merged_into_id = $2 where id = $1', [c.conversationId, into.conversationId]);
    assert.equal(await send(reply.id), 'sent');
    assert.equal((await readMessage(h.t.database, reply.id)).send_state, 'sent');
    assert.equal((await readConversation(h.t.database, c.conversationId)).status, 'open');
    assert.equal(ownStatuses('Resolving a merged one').length, 1);
  });

  it('a direct conversation is answered with a direct message to its partner', async () => {
    const c = await h.conversationFromStatus({ visibility: 'direct', direct: true });
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Sent you the tracking link' });
    assert.equal(await send(reply.id), 'sent');
    const stored = await readMessage(h.t.database, reply.id);
    const status = h.mastodon.state.statuses.get(stored.external_id!)!;
    assert.equal(status.status.visibility, 'direct');
    const partner = h.mastodon.state.accounts.get(c.authorId)!;
    assert.ok(status.source.includes(`@${partner.acct}`), `the partner is addressed: ${status.source}`);
  });
});
