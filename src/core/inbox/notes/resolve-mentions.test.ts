import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../shared/errors.ts';
import { parseMentions, resolveMentions, type Mentionable } from './resolve-mentions.ts';

const members: Mentionable[] = [
  { userId: 'u-dana', name: 'Dana Scully', email: 'dana@acme.test', role: 'community_manager', disabled: false },
  { userId: 'u-dan', name: 'Dan Brown', email: 'dan@acme.test', role: 'social_media_manager', disabled: false },
  { userId: 'u-fox', name: 'Fox Mulder', email: 'fox@acme.test', role: 'admin', disabled: false },
  { userId: 'u-old', name: 'Walter Skinner', email: 'walter@acme.test', role: 'admin', disabled: true },
  { userId: 'u-client', name: 'Clara Client', email: 'clara@client.test', role: 'approver', disabled: false },
];

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof AppError);
    return { code: err.code, details: err.details };
  }
  return assert.fail('expected an error');
};

describe('note mentions', () => {
  it('finds @Full Name, @email and a first name only one member has; longest names win', () => {
    assert.deepEqual(parseMentions('@Dana Scully can you look? cc @fox@acme.test', members).userIds.sort(), ['u-dana', 'u-fox']);
    assert.deepEqual(parseMentions('@dan brown, please', members).userIds, ['u-dan']);
    assert.deepEqual(parseMentions('ping @Fox.', members).userIds, ['u-fox']);
    // "Dan" is the first name of Dan Brown alone ("Dana" is another word).
    assert.deepEqual(parseMentions('@Dan?', members).userIds, ['u-dan']);
    assert.deepEqual(parseMentions('@Danaa hello', members).userIds, []);
  });

  it('leaves @words that name nobody as text, and e-mail addresses without a leading @ alone', () => {
    assert.deepEqual(parseMentions('@acme replied, mail fox@acme.test', members), { userIds: [], unknownEmails: [] });
  });

  it('a disabled member is not mentioned by name', () => {
    assert.deepEqual(parseMentions('@Walter Skinner?', members).userIds, []);
  });

  it('refuses an @email, an id or a disabled member that is not a teammate', () => {
    assert.deepEqual(codeOf(() => resolveMentions('ask @someone@else.test', [], members)), { code: 'mention_not_member', details: { emails: ['someone@else.test'] } });
    assert.deepEqual(codeOf(() => resolveMentions('hi', ['u-nobody'], members)), { code: 'mention_not_member', details: { userIds: ['u-nobody'] } });
    assert.equal(codeOf(() => resolveMentions('hi', ['u-old'], members)).code, 'mention_not_member');
  });

  it('refuses a member whose role cannot see the inbox', () => {
    const refused = codeOf(() => resolveMentions('@Clara Client see this', [], members));
    assert.equal(refused.code, 'mention_not_member');
    assert.deepEqual(refused.details, { userIds: ['u-client'], reason: 'cannot_read_inbox' });
  });

  it('merges explicit ids with those in the text, once each', () => {
    assert.deepEqual(resolveMentions('@Dana Scully', ['u-dana', 'u-fox'], members).sort(), ['u-dana', 'u-fox']);
  });
});
