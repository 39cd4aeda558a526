import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { conversationKey, messageIdFor, midUrl, referencesAfter, replySubject } from './message-id.ts';

describe('e-mail message ids and threading', () => {
  it('turns any idempotency key into a valid, stable Message-ID on the sender domain', () => {
    assert.equal(messageIdFor('3f1c-9a', 'news@brand.example'), '<tandem.3f1c-9a@brand.example>');
    const odd = 'post 7 / target <x@y> "quoted"';
    assert.equal(messageIdFor(odd, 'news@brand.example'), messageIdFor(odd, 'news@brand.example'));
    assert.match(messageIdFor(odd, 'news@brand.example'), /^<tandem\.[0-9a-f]{40}@brand\.example>$/);
    assert.notEqual(messageIdFor(odd, 'news@brand.example'), messageIdFor(`${odd}!`, 'news@brand.example'));
  });

  it('roots a conversation at the first reference, else In-Reply-To, else the message itself', () => {
    assert.equal(conversationKey({ messageId: '<c>', inReplyTo: '<b>', references: ['<a>', '<b>'] }), '<a>');
    assert.equal(conversationKey({ messageId: '<c>', inReplyTo: '<b>', references: [] }), '<b>');
    assert.equal(conversationKey({ messageId: '<c>', references: [] }), '<c>');
  });

  it('builds References for an answer without repeating the parent', () => {
    assert.deepEqual(referencesAfter({ messageId: '<b>', references: ['<a>'] }), ['<a>', '<b>']);
    assert.deepEqual(referencesAfter({ messageId: '<b>', references: ['<a>', '<b>'] }), ['<a>', '<b>']);
  });

  it('says "Re: " once, whatever the client before us wrote', () => {
    for (const subject of ['Order 42', 'Re: Order 42', 'RE: re: Order 42', 'AW: Order 42', 'Re[2]: Order 42']) assert.equal(replySubject(subject), 'Re: Order 42', subject);
    assert.equal(replySubject(''), 'Re: ');
  });

  it('links a message with an RFC 2392 mid: URL', () => {
    assert.equal(midUrl('<a+b@x.example>'), 'mid:a%2Bb%40x.example');
  });
});
