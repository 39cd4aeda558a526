// Discord metrics (reactions as likes, thread messages as replies) and identify.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { discordConnector } from './index.ts';
import { startTestbed } from './fixture/harness.ts';
import type { DiscordTestbed } from './fixture/harness.ts';

describe('discord metrics and identify', () => {
  let t: DiscordTestbed;
  before(async () => (t = await startTestbed()));
  after(() => t.network.close());

  it('adds up reactions of every emoji as likes, and counts the replies in a thread started from the message', async () => {
    const post = await discordConnector.publish!(t.ctx, { idempotencyKey: 'm1', text: 'rate this', media: [], settings: { mentions: 'none' } });
    assert.ok(post.ok);
    await t.network.setMetrics(post.value.externalId, { likes: 5, replies: 2 });
    const metrics = await discordConnector.fetchMetrics!(t.ctx, { externalIds: [post.value.externalId] });
    assert.deepEqual(metrics.ok && metrics.value, [{ externalId: post.value.externalId, counts: { likes: 5, replies: 2 } }]);
  });

  it("counts a forum post's replies from its thread", async () => {
    const forum = await startTestbed({ publishTo: 'forum' });
    try {
      const post = await discordConnector.publish!(forum.ctx, { idempotencyKey: 'm2', text: 'feature idea', media: [], settings: { mentions: 'none' } });
      assert.ok(post.ok);
      await forum.network.setMetrics(post.value.externalId, { replies: 3 });
      const metrics = await discordConnector.fetchMetrics!(forum.ctx, { externalIds: [post.value.externalId] });
      assert.deepEqual(metrics.ok && metrics.value[0]?.counts, { likes: 0, replies: 3 });
    } finally {
      await forum.network.close();
    }
  });

  it('identifies the bot and its server, and refuses a server the bot is not in', async () => {
    const me = await discordConnector.identify!(t.ctx);
    assert.deepEqual(me.ok && me.value, {
      accountId: t.network.state.bot.id,
      handle: 'tandem-bot',
      displayName: 'Tandem in Tandem Test Server',
      profileUrl: `https://discord.com/channels/${t.network.state.guild.id}`,
    });
    const elsewhere = await discordConnector.identify!({ ...t.ctx, config: { ...t.ctx.config, guildId: '42' } });
    assert.equal(!elsewhere.ok && elsewhere.error.kind, 'rejected');
    assert.match(!elsewhere.ok ? elsewhere.error.reason : '', /cannot see server 42: Unknown Guild/);
  });
});
