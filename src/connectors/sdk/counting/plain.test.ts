import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DISCORD_MESSAGE_LIMIT, TELEGRAM_MESSAGE_LIMIT } from './plain.ts';
import { countingRuleIds, measure } from './index.ts';

describe('plain counting rules', () => {
  it('counts code points: an emoji family is 7, a flag 2, e + combining accent 2', () => {
    assert.equal(measure('code-points', '👩‍👩‍👧‍👦', DISCORD_MESSAGE_LIMIT).used, 7);
    assert.equal(measure('code-points', '🇫🇷', DISCORD_MESSAGE_LIMIT).used, 2);
    assert.equal(measure('code-points', 'e\u0301', DISCORD_MESSAGE_LIMIT).used, 2);
    assert.equal(measure('code-points', '日本語', DISCORD_MESSAGE_LIMIT).used, 3);
  });

  it('counts graphemes: the same texts are 1 each', () => {
    for (const text of ['👩‍👩‍👧‍👦', '🇫🇷', 'e\u0301', '👍🏽']) assert.equal(measure('graphemes', text, 10).used, 1);
  });

  it('counts UTF-16 code units: an emoji outside the BMP is 2, a family 11', () => {
    assert.equal(measure('utf-16', '😀', 10).used, 2);
    assert.equal(measure('utf-16', '👩‍👩‍👧‍👦', 20).used, 11);
    assert.equal(measure('utf-16', '日本語', 10).used, 3);
  });

  it('holds long text to the network limit', () => {
    assert.equal(measure('utf-16', 'a'.repeat(4_096), TELEGRAM_MESSAGE_LIMIT).ok, true);
    assert.deepEqual(measure('utf-16', '😀'.repeat(2_048) + 'a', TELEGRAM_MESSAGE_LIMIT), { used: 4_097, limit: 4_096, remaining: -1, ok: false });
  });

  it('registers every rule by id', () => {
    assert.deepEqual([...countingRuleIds].sort(), ['bluesky', 'code-points', 'graphemes', 'mastodon', 'utf-16', 'x-weighted']);
  });
});
