// The Discord inbox beyond the contract: threads and forum posts, the bot's own messages,
// paging with `after`, reply/mention kinds, the backfill horizon and foreign cursors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InboxItem } from '../sdk/operations.ts';
import type { ConnectorContext } from '../sdk/context.ts';
import type { DiscordConfig } from './config.ts';
import { discordConnector } from './index.ts';
import { startTestbed } from './fixture/harness.ts';

async function drain(ctx: ConnectorContext<DiscordConfig>, cursor: string | null, limit: number) {
  const items: InboxItem[] = [];
  for (let page = 0; page < 50; page++) {
    const result = await discordConnector.fetchInbox!(ctx, { cursor, limit });
    assert.ok(result.ok, result.ok ? '' : result.error.reason);
    assert.ok(result.value.items.length <= limit);
    items.push(...result.value.items);
    cursor = result.value.nextCursor;
    if (!result.value.hasMore) return { items, cursor };
  }
  assert.fail('hasMore never ended');
}

describe('discord inbox', () => {
  it('reads channels and their forum posts in order, skips the bot, links thread messages to their post', async () => {
    const t = await startTestbed({ readFrom: ['text', 'forum'] });
    try {
      const { state } = t.network;
      const a = t.network.post(state.text.id, 'first');
      await discordConnector.publish!(t.ctx, { idempotencyKey: 'k1', text: 'the bot speaks', media: [], settings: { mentions: 'none' } });
      const b = t.network.post(state.text.id, 'second');
      const asker = state.user('asker');
      state.join(asker);
      // Someone opens a forum post: a thread whose first message has the thread's id.
      const thread = state.startThread(state.forum, asker, 'How do I…?');
      state.addMessage(thread.id, asker, 'the question', {}, thread.id);
      const question = { externalId: `${thread.id}/${thread.id}` };
      const answer = t.network.post(thread.id, 'an answer');

      const { items, cursor } = await drain(t.ctx, null, 2);
      assert.deepEqual(items.map((i) => i.text), ['first', 'second', 'the question', 'an answer']);
      assert.deepEqual(items.map((i) => i.externalId), [a.externalId, b.externalId, question.externalId, answer.externalId]);
      assert.equal(items[3]?.inReplyTo, `${thread.id}/${thread.id}`, 'a message in a forum post answers the post');
      assert.equal(items[0]?.author.externalId, a.authorExternalId);
      assert.ok(t.network.requests.some((r) => r.path.startsWith(`/channels/${state.text.id}/messages?after=`) && r.path.endsWith('&limit=2')));

      const later = t.network.post(thread.id, 'a later answer');
      const again = await drain(t.ctx, cursor, 2);
      assert.deepEqual(again.items.map((i) => i.externalId), [later.externalId]);
    } finally {
      await t.network.close();
    }
  });

  it('tells replies to the bot and mentions of the bot from other messages', async () => {
    const t = await startTestbed();
    try {
      const { state } = t.network;
      const mine = await discordConnector.publish!(t.ctx, { idempotencyKey: 'k2', text: 'what do you think?', media: [], settings: { mentions: 'none' } });
      assert.ok(mine.ok);
      t.network.post(state.text.id, 'I love it', { replyTo: mine.value.externalId });
      t.network.post(state.text.id, `<@${state.bot.id}> help please`);
      t.network.post(state.text.id, 'just chatting');
      const { items } = await drain(t.ctx, null, 10);
      assert.deepEqual(items.map((i) => [i.kind, i.inReplyTo]), [['reply', mine.value.externalId], ['mention', undefined], ['message', undefined]]);
    } finally {
      await t.network.close();
    }
  });

  it('starts at the backfill horizon, and refuses a cursor it did not write', async () => {
    const t = await startTestbed({ backfillDays: 1 });
    try {
      t.network.post(t.network.state.text.id, 'older than the horizon');
      const twoDaysLater = new Date(Date.now() + 2 * 86_400_000);
      const { items } = await drain({ ...t.ctx, now: () => twoDaysLater }, null, 10);
      assert.deepEqual(items, []);
      const foreign = await discordConnector.fetchInbox!(t.ctx, { cursor: 'eyJ4IjoxfQ', limit: 10 });
      assert.deepEqual(foreign.ok ? null : foreign.error, { kind: 'rejected', reason: 'this inbox cursor was not written by the Discord connector', code: 'bad_cursor' });
    } finally {
      await t.network.close();
    }
  });
});
