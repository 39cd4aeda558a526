// Message-ID idempotency: the key yields the Message-ID, Sent holds the proof, a retry with the
// same key sends nothing more, and read-back finds it.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { emailConnector } from './index.ts';
import { alice, bob, describeWithMail, valueOf } from './testing/mail-harness.ts';

describeWithMail('e-mail idempotency (Dovecot + smtp-server)', (world) => {
  it('derives the Message-ID from the key, keeps the message in Sent, and sends a retry with the same key only once', async () => {
    const w = world();
    const ctx = w.contextFor(alice);
    const key = randomUUID();
    const input = { idempotencyKey: key, text: `exactly once ${key}`, media: [], settings: { to: [bob.address], cc: [], subject: 'Once' } };
    const first = valueOf(await emailConnector.publish!(ctx, input));
    assert.equal(first.externalId, `<tandem.${key}@tandem.test>`);
    const retry = valueOf(await emailConnector.publish!(ctx, input));
    assert.deepEqual(retry, first);
    assert.equal((await w.mailbox(bob)).filter((m) => m.text?.includes(input.text)).length, 1, 'bob received it once');
    const sent = (await w.mailbox(alice, 'Sent')).filter((m) => m.messageId === first.externalId);
    assert.equal(sent.length, 1, 'one copy in Sent');
    assert.equal(sent[0]?.text?.trim(), input.text);
    const found = valueOf(await emailConnector.lookupPublished!(ctx, { idempotencyKey: key, text: input.text, since: new Date(0) }));
    assert.deepEqual(found, first);
  });

  it('finds nothing to read back when the account does not keep Sent copies (appendToSent: false)', async () => {
    const w = world();
    const ctx = w.contextFor(alice, { imap: { ...w.contextFor(alice).config.imap, appendToSent: false } });
    const key = randomUUID();
    valueOf(await emailConnector.publish!(ctx, { idempotencyKey: key, text: 'not kept', media: [], settings: { to: [bob.address], cc: [] } }));
    assert.equal(valueOf(await emailConnector.lookupPublished!(ctx, { idempotencyKey: key, text: 'not kept', since: new Date(0) })), null);
  });
});
