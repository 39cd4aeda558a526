import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combineConfidence, handleKeyOf, jaroWinkler, mayAutoMerge, nameSimilarity, normaliseName, normaliseProfileUrl, orderedPair, profileUrlVariants, reasonsBetween, type MatchProfile } from './merge-rules.ts';

const profile = (over: Partial<MatchProfile>): MatchProfile => ({ personId: 'p', createdAt: new Date(0), displayName: '', emails: [], urls: [], handles: [], names: [], networks: [], ...over });

describe('merge rules', () => {
  it('reduces handles to what people recognise across networks', () => {
    assert.deepEqual(['@Ada@mastodon.social', 'ada.bsky.social', 'ADA', '@@ada', 'ada_l'].map(handleKeyOf), ['ada', 'ada', 'ada', 'ada', 'ada_l']);
  });

  it('normalises profile URLs and lists the spellings a stored URL may have', () => {
    assert.equal(normaliseProfileUrl('https://www.Ada.dev/About/?utm_source=x#top'), 'ada.dev/about');
    assert.equal(normaliseProfileUrl('ada.dev'), 'ada.dev');
    assert.equal(normaliseProfileUrl('mailto:ada@example.com'), null);
    assert.equal(normaliseProfileUrl('not a url'), null);
    assert.ok(profileUrlVariants('ada.dev').includes('http://www.ada.dev/'));
    assert.equal(profileUrlVariants('ada.dev').length, 8);
  });

  it('compares names without case, accents, punctuation or word order', () => {
    assert.equal(normaliseName("  Zoë  O'Brien 🎉"), 'zoe o brien');
    assert.equal(jaroWinkler('martha', 'marhta').toFixed(3), '0.961');
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
    assert.equal(nameSimilarity('lovelace ada', 'ada lovelace'), 1);
    assert.ok(nameSimilarity('ada lovelace', 'ada lovelance') > 0.95);
    assert.ok(nameSimilarity('ada lovelace', 'grace hopper') < 0.7);
    // Numbered apart on purpose: not one person typed twice.
    assert.equal(nameSimilarity('person 1', 'person 12'), 0);
    assert.equal(nameSimilarity('acme store 4', 'acme store'), 0);
    assert.equal(nameSimilarity('r2 d2', 'r2 d2'), 1);
  });

  it('combines one reason per rule as independent evidence, below certainty', () => {
    assert.equal(combineConfidence([{ rule: 'same_handle', detail: '', confidence: 0.7 }, { rule: 'similar_name', detail: '', confidence: 0.4 }]), 0.82);
    // Two URLs are one rule: the stronger counts.
    assert.equal(combineConfidence([{ rule: 'same_url', detail: 'a', confidence: 0.8 }, { rule: 'same_url', detail: 'b', confidence: 0.8 }]), 0.8);
    assert.equal(combineConfidence([{ rule: 'same_email', detail: '', confidence: 0.98 }, { rule: 'same_url', detail: '', confidence: 0.8 }, { rule: 'same_handle', detail: '', confidence: 0.75 }]), 0.99);
    assert.equal(combineConfidence([]), 0);
  });

  it('finds every reason two people share, and ignores values too many people share', () => {
    const a = profile({ personId: 'a', emails: [{ address: 'ada@example.com', verified: true }], urls: ['ada.dev', 'acme.com'], handles: [{ network: 'bluesky', handle: 'ada.bsky.social', key: 'ada' }], names: ['ada lovelace'], networks: ['bluesky'] });
    const b = profile({ personId: 'b', emails: [{ address: 'ada@example.com', verified: true }], urls: ['ada.dev', 'acme.com'], handles: [{ network: 'mastodon', handle: 'ada@mastodon.social', key: 'ada' }], names: ['ada lovelace'], networks: ['mastodon'] });
    const reasons = reasonsBetween(a, b, new Set(['url:acme.com']));
    assert.deepEqual(
      reasons.map((r) => [r.rule, r.detail, r.confidence]),
      [
        ['same_email', 'ada@example.com (verified on both)', 0.98],
        ['same_url', 'ada.dev', 0.8],
        ['same_handle', 'bluesky ada.bsky.social, mastodon ada@mastodon.social', 0.5],
        ['similar_name', 'ada lovelace', 0.45],
      ],
    );
    assert.equal(mayAutoMerge(a, b, reasons), true);
  });

  it('never auto-merges two accounts on one network, nor on an unverified e-mail, and keeps same-network handles apart', () => {
    const a = profile({ personId: 'a', emails: [{ address: 'ada@example.com', verified: true }], handles: [{ network: 'mastodon', handle: 'ada@one.social', key: 'ada' }], networks: ['mastodon'] });
    const b = profile({ personId: 'b', emails: [{ address: 'ada@example.com', verified: true }], handles: [{ network: 'mastodon', handle: 'ada@two.social', key: 'ada' }], networks: ['mastodon'] });
    const reasons = reasonsBetween(a, b);
    assert.deepEqual(reasons.map((r) => r.rule), ['same_email']);
    assert.equal(mayAutoMerge(a, b, reasons), false);
    const unverified = { ...b, emails: [{ address: 'ada@example.com', verified: false }], networks: ['bluesky'] };
    const weaker = reasonsBetween(a, unverified);
    assert.deepEqual([weaker[0]!.confidence, mayAutoMerge(a, unverified, weaker)], [0.85, false]);
  });

  it('orders a pair the way the suggestions table stores it', () => {
    assert.deepEqual(orderedPair('b', 'a'), ['a', 'b']);
    assert.deepEqual(orderedPair('a', 'b'), ['a', 'b']);
  });
});
