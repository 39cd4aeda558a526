import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileConditions, matchesConditions, type MessageFacts } from './match-rule.ts';
import type { RuleConditions } from './rule-schema.ts';

const message = (over: Partial<MessageFacts> = {}): MessageFacts => ({ text: 'Great, my order is late again', channelId: 'c1', sentiment: 'negative', intents: ['complaint'], personTags: ['VIP'], hat: 'community', ...over });
const matches = (conditions: RuleConditions, over: Partial<MessageFacts> = {}) => matchesConditions(compileConditions(conditions), message(over));

describe('rule conditions', () => {
  it('matches keywords as whole words, any of them, whatever the case', () => {
    assert.equal(matches({ keywords: ['LATE'] }), true);
    assert.equal(matches({ keywords: ['refund', 'order is late'] }), true);
    assert.equal(matches({ keywords: ['ate'] }), false, 'inside "late"');
    assert.equal(matches({ keywords: ['late'] }, { text: 'I love chocolate' }), false);
    assert.equal(matches({ keywords: ['late'] }, { text: 'Late!!' }), true);
    assert.equal(matches({ keywords: ['order   is'] }, { text: 'my order\nis here' }), true, 'inner spaces match any spacing');
  });

  it('matches accented words, hashtags and mentions', () => {
    assert.equal(matches({ keywords: ['déçu'] }, { text: 'Très DÉÇU par la livraison' }), true);
    assert.equal(matches({ keywords: ['déçu'] }, { text: 'déçue' }), false);
    assert.equal(matches({ keywords: ['#launch'] }, { text: 'loved the #launch today' }), true);
    assert.equal(matches({ keywords: ['#launch'] }, { text: 'loved the #launchday' }), false);
    assert.equal(matches({ keywords: ['@acme'] }, { text: 'hey @Acme, help' }), true);
  });

  it('needs every condition present to hold', () => {
    assert.equal(matches({ keywords: ['late'], sentiments: ['negative'], intents: ['complaint', 'question'], channelIds: ['c1'], personTags: ['vip'], hat: 'community' }), true);
    assert.equal(matches({ keywords: ['late'], sentiments: ['positive'] }), false);
    assert.equal(matches({ channelIds: ['c2'] }), false);
    assert.equal(matches({ intents: ['praise'] }), false);
    assert.equal(matches({ personTags: ['press'] }), false);
    assert.equal(matches({ personTags: ['vip'] }, { personTags: [] }), false, 'an unknown author has no tags');
    assert.equal(matches({ hat: 'social' }), false);
    assert.equal(matches({ sentiments: ['negative'] }, { sentiment: null }), false);
  });
});
