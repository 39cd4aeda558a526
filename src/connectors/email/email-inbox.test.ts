// The inbox against Dovecot: a mailbox recreated under a new UIDVALIDITY, and HTML-only mail.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { emailConnector } from './index.ts';
import { alice, bob, describeWithMail, valueOf } from './testing/mail-harness.ts';
import type { MailWorld } from './testing/mail-harness.ts';

/** As alice's mail client would: (re)creates a mailbox and files messages into it. */
async function asAlice<T>(w: MailWorld, run: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: w.dovecot.host, port: w.dovecot.port, secure: false, doSTARTTLS: false, auth: { user: alice.name, pass: alice.password }, logger: false });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.logout();
  }
}

const message = (id: string, text: string) => Buffer.from(`From: Bob <${bob.address}>\r\nTo: ${alice.address}\r\nSubject: Support\r\nMessage-ID: ${id}\r\nDate: ${new Date().toUTCString()}\r\n\r\n${text}\r\n`);

describeWithMail('e-mail inbox (Dovecot)', (world) => {
  it('starts over when UIDVALIDITY changes, returning the same Message-IDs so nothing is stored twice', async () => {
    const w = world();
    const ctx = w.contextFor(alice, { imap: { ...w.contextFor(alice).config.imap, mailbox: 'Support' } });
    const ids = [`<${randomUUID()}@tandem.test>`, `<${randomUUID()}@tandem.test>`];
    await asAlice(w, async (client) => {
      await client.mailboxCreate('Support');
      for (const [i, id] of ids.entries()) await client.append('Support', message(id, `ticket ${i}`));
    });
    const before = valueOf(await emailConnector.fetchInbox!(ctx, { cursor: null, limit: 10 }));
    assert.deepEqual(before.items.map((item) => item.externalId), ids);

    const later = `<${randomUUID()}@tandem.test>`;
    await asAlice(w, async (client) => {
      await client.mailboxDelete('Support');
      await client.mailboxCreate('Support');
      for (const [i, id] of [...ids, later].entries()) await client.append('Support', message(id, `ticket ${i}`));
    });
    const after = valueOf(await emailConnector.fetchInbox!(ctx, { cursor: before.nextCursor, limit: 10 }));
    assert.notEqual(after.nextCursor.split(':')[0], before.nextCursor.split(':')[0], 'the UIDVALIDITY changed');
    assert.deepEqual(after.items.map((item) => item.externalId), [...ids, later]);
    assert.deepEqual(valueOf(await emailConnector.fetchInbox!(ctx, { cursor: after.nextCursor, limit: 10 })).items, []);
  });

  it('turns HTML-only mail into text and keeps the sender', async () => {
    const w = world();
    const html = '<html><body><p>Hello <b>there</b>,</p><p>the <a href="https://example.com/x">order #42</a> is late.</p><script>alert(1)</script></body></html>';
    const id = await w.send(bob, { to: alice.address, subject: 'HTML only', html });
    const page = valueOf(await emailConnector.fetchInbox!(w.contextFor(alice), { cursor: null, limit: 100 }));
    const item = page.items.find((i) => i.externalId === id);
    assert.ok(item, 'the HTML message is in the inbox');
    assert.match(item.text, /Hello there,/);
    assert.match(item.text, /order #42/);
    assert.doesNotMatch(item.text, /<[a-z/]|alert/);
    assert.deepEqual(item.author, { externalId: bob.address, handle: bob.address });
    assert.equal(item.url, `mid:${encodeURIComponent(id.slice(1, -1))}`);
  });

  it('pages a first read and a later one without gaps or repeats, past what the account sent itself', async () => {
    const w = world();
    const ctx = w.contextFor(alice);
    const start = valueOf(await emailConnector.fetchInbox!(ctx, { cursor: null, limit: 1000 }));
    const sent = [await w.send(bob, { to: alice.address, subject: 'one', text: '1' }), await w.send(alice, { to: alice.address, subject: 'note to self', text: 'self' }), await w.send(bob, { to: alice.address, subject: 'two', text: '2' })];
    const seen: string[] = [];
    let cursor = start.nextCursor;
    for (let more = true; more; ) {
      const page = valueOf(await emailConnector.fetchInbox!(ctx, { cursor, limit: 1 }));
      seen.push(...page.items.map((item) => item.externalId));
      cursor = page.nextCursor;
      more = page.hasMore;
    }
    assert.deepEqual(seen, [sent[0], sent[2]]);
  });
});
