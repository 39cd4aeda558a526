// Discord moderation: what reaches the guild, the audit-log reason, and what is refused before
// any call (timeouts over 28 days, actions Discord bots do not have).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { discordConnector } from './index.ts';
import { MAX_TIMEOUT_SECONDS } from './moderate.ts';
import { startTestbed } from './fixture/harness.ts';
import type { DiscordTestbed } from './fixture/harness.ts';

describe('discord moderation', () => {
  let t: DiscordTestbed;
  before(async () => (t = await startTestbed()));
  after(() => t.network.close());

  it('times a member out until now + duration, with the reason URL-encoded for the audit log', async () => {
    const { authorExternalId } = t.network.post(t.network.state.text.id, 'spam spam');
    const reason = 'Spam répété — 3rd warning';
    const result = await discordConnector.moderate!(t.ctx, { action: 'timeout', targetExternalId: authorExternalId, durationSeconds: 3600, reason });
    assert.ok(result.ok);
    const request = t.network.requests.at(-1)!;
    assert.equal(request.method, 'PATCH');
    assert.equal(request.headers['x-audit-log-reason'], encodeURIComponent(reason));
    const until = Date.parse(String(request.incoming.json.communication_disabled_until));
    assert.ok(Math.abs(until - (Date.now() + 3_600_000)) < 5_000);
    assert.equal(t.network.moderation.at(-1)?.reason, reason);
  });

  it('refuses a timeout longer than 28 days without calling Discord', async () => {
    const before = t.network.requests.length;
    const result = await discordConnector.moderate!(t.ctx, { action: 'timeout', targetExternalId: '123456789012345678', durationSeconds: MAX_TIMEOUT_SECONDS + 1 });
    assert.deepEqual(result.ok ? null : result.error, { kind: 'rejected', reason: 'Discord timeouts last at most 28 days', code: 'unsupported_moderation' });
    assert.equal(t.network.requests.length, before);
  });

  it('bans without deleting past messages, and refuses hide and report', async () => {
    const { authorExternalId } = t.network.post(t.network.state.text.id, 'troll');
    assert.ok((await discordConnector.moderate!(t.ctx, { action: 'ban', targetExternalId: authorExternalId })).ok);
    assert.deepEqual(t.network.requests.at(-1)!.incoming.json, { delete_message_seconds: 0 });
    assert.ok(t.network.state.bans.has(authorExternalId));
    const count = t.network.requests.length;
    for (const action of ['hide', 'report'] as const) {
      const result = await discordConnector.moderate!(t.ctx, { action, targetExternalId: authorExternalId });
      assert.equal(!result.ok && result.error.kind, 'rejected');
    }
    assert.equal(t.network.requests.length, count);
  });

  it('kicking someone who already left is rejected as Unknown Member', async () => {
    const { authorExternalId } = t.network.post(t.network.state.text.id, 'bye');
    assert.ok((await discordConnector.moderate!(t.ctx, { action: 'kick', targetExternalId: authorExternalId })).ok);
    const again = await discordConnector.moderate!(t.ctx, { action: 'kick', targetExternalId: authorExternalId });
    assert.deepEqual(again.ok ? null : again.error, { kind: 'rejected', reason: 'Unknown Member', code: 'discord_10007' });
  });
});
