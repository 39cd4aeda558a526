import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify, utmValues, withUtm } from './utm.ts';

describe('UTM rules', () => {
  it('slugs names to lowercase ASCII', () => {
    assert.equal(slugify('Été 2026 — Launch!'), 'ete-2026-launch');
    assert.equal(slugify('  --Black   Friday--  '), 'black-friday');
  });

  it('uses the defaults, lets the template win, fills placeholders and drops empty values', () => {
    assert.deepEqual(utmValues({ network: 'x', channelName: 'Main' }), { source: 'x', medium: 'social' });
    assert.deepEqual(utmValues({ network: 'mastodon', channelName: 'Brand FR', campaign: { name: 'Spring Sale', utm: {} } }), { source: 'mastodon', medium: 'social', campaign: 'spring-sale' });
    assert.deepEqual(utmValues({ network: 'bluesky', channelName: 'Brand FR', campaign: { name: 'Spring Sale', utm: { source: '{network}-{channel}', medium: '', campaign: 'q2', term: '  ' } } }), { source: 'bluesky-brand-fr', campaign: 'q2' });
  });

  it('appends only the missing parameters and keeps the rest of the URL as written', () => {
    const values = { source: 'x', medium: 'social', content: 'a b&c' };
    assert.equal(withUtm('https://e.com', values), 'https://e.com?utm_source=x&utm_medium=social&utm_content=a%20b%26c');
    assert.equal(withUtm('https://e.com/p?q=a+b%2F&utm_SOURCE=mail#s', values), 'https://e.com/p?q=a+b%2F&utm_SOURCE=mail&utm_medium=social&utm_content=a%20b%26c#s');
    assert.equal(withUtm('https://e.com/p?', { source: 'x' }), 'https://e.com/p?utm_source=x');
    assert.equal(withUtm('https://e.com/p?a=1&', { source: 'x' }), 'https://e.com/p?a=1&utm_source=x');
    assert.equal(withUtm('https://e.com/?utm_source=a&utm_medium=b', { source: 'x', medium: 'y' }), 'https://e.com/?utm_source=a&utm_medium=b');
    assert.equal(withUtm('https://e.com/#/route?x=1', { source: 'x' }), 'https://e.com/?utm_source=x#/route?x=1', 'a query inside the fragment is not the query');
  });
});
