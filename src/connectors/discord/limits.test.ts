// Pins Discord's counting unit: code points ("Our API uses Python 3, so the API calculates length
// based on the number of codepoints", Discord staff in discord/discord-api-docs#1315), not UTF-16
// units (JavaScript's .length) and not graphemes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { measure } from '../sdk/counting/index.ts';
import { accountLimitsSchema } from '../sdk/limits.ts';
import { discordConnector } from './index.ts';
import { startTestbed } from './fixture/harness.ts';

const { text, media, rateLimits } = discordConnector.manifest.defaultLimits;

describe('discord limits', () => {
  it('counts code points against 2,000', () => {
    assert.deepEqual(text, { maxLength: 2000, countingRule: 'code-points' });
    const emoji = '😀'.repeat(2000);
    assert.equal(emoji.length, 4000, 'JavaScript counts UTF-16 units');
    assert.equal(measure(text.countingRule, emoji, text.maxLength).ok, true);
    assert.equal(measure(text.countingRule, `${emoji}a`, text.maxLength).remaining, -1);
    // A family emoji is one grapheme but 5 code points (3 people joined by 2 ZWJ): Discord counts 5.
    assert.equal(measure(text.countingRule, '👨‍👩‍👧', text.maxLength).used, 5);
    assert.equal(measure(text.countingRule, 'e\u0301', text.maxLength).used, 2, 'e + combining acute accent');
  });

  it('allows 10 attachments of 10 MiB (the default since January 2025) and the global 50 requests/s', () => {
    assert.equal(media?.maxItems, 10);
    assert.equal(media?.maxBytesPerItem, 10 * 1024 * 1024);
    assert.deepEqual(rateLimits, [{ requests: 50, windowSeconds: 1, scope: 'all' }]);
  });

  it("reads a boosted guild's upload limit from its premium tier", async () => {
    const t = await startTestbed();
    try {
      t.network.state.guild.premium_tier = 2;
      const limits = await discordConnector.readLimits!(t.ctx);
      assert.ok(limits.ok && accountLimitsSchema.safeParse(limits.value).success);
      assert.equal(limits.ok && limits.value.media?.maxBytesPerItem, 50 * 1024 * 1024);
    } finally {
      await t.network.close();
    }
  });
});
