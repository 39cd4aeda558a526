// Real servers saying no: a wrong password (SMTP 535, IMAP NO [AUTHENTICATIONFAILED]), an
// unknown recipient (550), a message over the account's size, and loopback hosts that the
// channel does not allow.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createConnectorContext } from '../sdk/context.ts';
import type { ConnectorError, Result } from '../sdk/result.ts';
import { onePixelPng } from '../sdk/contract/sample-media.ts';
import { emailConnector } from './index.ts';
import { sendRaw } from './smtp.ts';
import { freePort } from '../../testing/free-port.ts';
import { alice, bob, describeWithMail } from './testing/mail-harness.ts';

const errorOf = (result: Result<unknown>): ConnectorError => {
  if (result.ok) assert.fail('the call succeeded');
  return result.error;
};

describeWithMail('e-mail failures (Dovecot + smtp-server)', (world) => {
  const withWrongPassword = () => {
    const ctx = world().contextFor(alice);
    return createConnectorContext({ channelId: ctx.channelId, config: ctx.config, credentials: { kind: 'app-password', identifier: alice.name, password: 'revoked' } });
  };

  it('maps SMTP 535 to auth_expired', async () => {
    const error = errorOf(await sendRaw(withWrongPassword(), [bob.address], Buffer.from('Subject: x\r\n\r\nx\r\n')));
    assert.equal(error.kind, 'auth_expired');
    assert.match(error.reason, /535 5\.7\.8/);
  });

  it('maps IMAP NO [AUTHENTICATIONFAILED] to auth_expired, for identify and the inbox', async () => {
    for (const result of [await emailConnector.identify!(withWrongPassword()), await emailConnector.fetchInbox!(withWrongPassword(), { cursor: null, limit: 5 })]) {
      const error = errorOf(result);
      assert.equal(error.kind, 'auth_expired');
      assert.match(error.reason, /IMAP login refused/);
    }
  });

  it("maps 550 (unknown recipient) to rejected with the server's reason, and keeps nothing in Sent", async () => {
    const ctx = world().contextFor(alice);
    const input = { idempotencyKey: randomUUID(), text: 'to nobody', media: [], settings: { to: ['nobody@tandem.test'], cc: [] } };
    const error = errorOf(await emailConnector.publish!(ctx, input));
    assert.equal(error.kind, 'rejected');
    assert.match(error.reason, /^550 5\.1\.1 <nobody@tandem\.test>: Recipient address rejected/);
    const lookup = await emailConnector.lookupPublished!(ctx, { idempotencyKey: input.idempotencyKey, text: input.text, since: new Date(0) });
    assert.deepEqual(lookup, { ok: true, value: null });
  });

  it('refuses a message larger than the account allows before sending it', async () => {
    const ctx = world().contextFor(alice, { maxMessageBytes: 600 });
    const text = `too big ${randomUUID()}`;
    const error = errorOf(await emailConnector.publish!(ctx, { idempotencyKey: randomUUID(), text, media: [onePixelPng], settings: { to: [bob.address], cc: [] } }));
    assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'message_too_large']);
    assert.equal((await world().mailbox(bob)).filter((m) => m.text?.includes(text)).length, 0);
  });

  it('refuses loopback servers unless the channel allows them, and plaintext to hosts it does not allow', async () => {
    const denied = world().contextFor(alice, { allowHosts: [] });
    for (const result of [await emailConnector.identify!(denied), await emailConnector.fetchInbox!(denied, { cursor: null, limit: 1 })]) {
      const error = errorOf(result);
      assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'tls_required']);
    }
    const tlsToLoopback = world().contextFor(alice, { allowHosts: [] });
    tlsToLoopback.config.imap.security = 'tls';
    tlsToLoopback.config.smtp.security = 'tls';
    const error = errorOf(await emailConnector.publish!(tlsToLoopback, { idempotencyKey: randomUUID(), text: 'x', media: [], settings: { to: [bob.address], cc: [] } }));
    assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'address_refused']);
    const allowed = await emailConnector.identify!(world().contextFor(alice));
    assert.deepEqual(allowed, { ok: true, value: { accountId: alice.address, handle: alice.address, displayName: 'Alice', profileUrl: `mailto:${alice.address}` } });
  });

  it('says the server is not there as transient', async () => {
    const ctx = world().contextFor(alice);
    ctx.config.imap.port = await freePort();
    assert.equal(errorOf(await emailConnector.fetchInbox!(ctx, { cursor: null, limit: 1 })).kind, 'transient');
  });
});
