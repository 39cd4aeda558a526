// Threading across a three-message exchange through real servers: Message-ID, In-Reply-To and
// References as mail clients expect them, and "Re: " never doubled.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { emailConnector } from './index.ts';
import { conversationKey } from './message-id.ts';
import { alice, bob, describeWithMail, valueOf } from './testing/mail-harness.ts';

describeWithMail('e-mail threading (Dovecot + smtp-server)', (world) => {
  it('keeps a bob → alice → bob → alice exchange in one conversation rooted at the first message', async () => {
    const w = world();
    const ctx = w.contextFor(alice);
    const tag = randomUUID().slice(0, 8);
    const first = await w.send(bob, { to: alice.address, subject: `Question ${tag}`, text: 'Does it thread?' });

    const answer = valueOf(await emailConnector.reply!(ctx, { idempotencyKey: randomUUID(), to: first, text: 'It should.' }));
    const answerSeenByBob = (await w.mailbox(bob)).find((m) => m.messageId === answer.externalId);
    assert.equal(answerSeenByBob?.subject, `Re: Question ${tag}`);
    assert.equal(answerSeenByBob?.inReplyTo, first);
    assert.deepEqual([answerSeenByBob?.references].flat(), [first]);
    assert.equal(answerSeenByBob?.to && !Array.isArray(answerSeenByBob.to) ? answerSeenByBob.to.value[0]?.address : undefined, bob.address);

    const third = await w.send(bob, { to: alice.address, subject: `Re: Question ${tag}`, text: 'It does!', inReplyTo: answer.externalId, references: [first, answer.externalId] });
    const page = valueOf(await emailConnector.fetchInbox!(ctx, { cursor: null, limit: 50 }));
    const thirdItem = page.items.find((item) => item.externalId === third);
    assert.equal(thirdItem?.inReplyTo, answer.externalId);
    assert.equal(thirdItem?.kind, 'reply');
    assert.equal(page.items.find((item) => item.externalId === first)?.kind, 'message');

    const closing = valueOf(await emailConnector.reply!(ctx, { idempotencyKey: randomUUID(), to: third, text: 'Great.' }));
    const closingSeenByBob = (await w.mailbox(bob)).find((m) => m.messageId === closing.externalId);
    assert.equal(closingSeenByBob?.subject, `Re: Question ${tag}`, 'Re: is not doubled');
    assert.equal(closingSeenByBob?.inReplyTo, third);
    const references = [closingSeenByBob?.references].flat() as string[];
    assert.deepEqual(references, [first, answer.externalId, third]);
    assert.equal(conversationKey({ messageId: closing.externalId, inReplyTo: third, references }), first);
  });

  it('continues its own earlier message (found in Sent) when publishing with replyTo', async () => {
    const w = world();
    const ctx = w.contextFor(alice);
    const settings = { to: [bob.address], cc: [], subject: 'Launch notes' };
    const opening = valueOf(await emailConnector.publish!(ctx, { idempotencyKey: randomUUID(), text: 'Part 1', media: [], settings }));
    const { subject: _none, ...noSubject } = settings;
    const next = valueOf(await emailConnector.publish!(ctx, { idempotencyKey: randomUUID(), text: 'Part 2', media: [], settings: noSubject, replyTo: opening.externalId }));
    const seen = (await w.mailbox(bob)).find((m) => m.messageId === next.externalId);
    assert.equal(seen?.subject, 'Re: Launch notes');
    assert.deepEqual([seen?.references].flat(), [opening.externalId]);
  });

  it('refuses to continue a message it cannot find', async () => {
    const result = await emailConnector.publish!(world().contextFor(alice), { idempotencyKey: randomUUID(), text: 'orphan', media: [], settings: { to: [bob.address], cc: [] }, replyTo: '<nowhere@tandem.test>' });
    assert.equal(!result.ok && result.error.kind, 'rejected');
  });
});
