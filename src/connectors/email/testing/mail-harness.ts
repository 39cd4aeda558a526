// Two mailboxes talking to each other through real servers on loopback: alice@tandem.test is
// the channel under test, bob@tandem.test (and carol) the people it writes to and hears from.
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { ContractHarness, NetworkView } from '../../sdk/contract/harness.ts';
import { createConnectorContext } from '../../sdk/context.ts';
import type { ConnectorContext } from '../../sdk/context.ts';
import type { Result } from '../../sdk/result.ts';
import type { EmailConfig, EmailSettings } from '../config.ts';
import { configSchema } from '../config.ts';
import { emailConnector } from '../index.ts';
import type { Dovecot } from './dovecot.ts';
import { DOVECOT_MISSING, dovecotInstalled, startDovecot } from './dovecot.ts';
import type { SmtpRelay, TestUser } from './smtp-relay.ts';
import { startSmtpRelay } from './smtp-relay.ts';

const user = (name: string): TestUser => ({ name, password: `${name}-app-password`, address: `${name}@tandem.test` });
export const alice = user('alice');
export const bob = user('bob');
export const carol = user('carol');

export type MailWorld = {
  dovecot: Dovecot;
  relay: SmtpRelay;
  /** A channel context for `who`, with config overrides (e.g. another mailbox). */
  contextFor(who: TestUser, overrides?: Partial<EmailConfig>): ConnectorContext<EmailConfig>;
  /** `from` sends a message through the relay, as any mail client would; returns its Message-ID. */
  send(from: TestUser, mail: { to: string; subject: string; text?: string; html?: string; inReplyTo?: string; references?: string[] }): Promise<string>;
  /** Every message in a user's mailbox, parsed. */
  mailbox(who: TestUser, path?: string): Promise<Array<Awaited<ReturnType<typeof simpleParser>>>>;
  close(): Promise<void>;
};

export async function startMailWorld(): Promise<MailWorld | undefined> {
  const users = [alice, bob, carol];
  const dovecot = await startDovecot(Object.fromEntries(users.map((u) => [u.name, u.password])));
  if (!dovecot) return undefined;
  const relay = await startSmtpRelay(dovecot, users);
  return {
    dovecot,
    relay,
    contextFor: (who, overrides = {}) =>
      createConnectorContext({
        channelId: `channel-${who.name}`,
        config: configSchema.parse({
          from: { address: who.address, name: who.name[0]!.toUpperCase() + who.name.slice(1) },
          smtp: { host: relay.host, port: relay.port, security: 'none' },
          imap: { host: dovecot.host, port: dovecot.port, security: 'none' },
          // Both servers run on loopback, which the connector refuses unless the channel allows it.
          allowHosts: ['127.0.0.1'],
          timeoutMs: 1000,
          ...overrides,
        }),
        credentials: { kind: 'app-password', identifier: who.name, password: who.password },
      }),
    async send(from, mail) {
      const messageId = `<${randomUUID()}@tandem.test>`;
      const transport = nodemailer.createTransport({ host: relay.host, port: relay.port, secure: false, ignoreTLS: true, auth: { user: from.name, pass: from.password } });
      await transport.sendMail({ from: from.address, messageId, ...mail });
      transport.close();
      return messageId;
    },
    async mailbox(who, path = 'INBOX') {
      const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: who.name, pass: who.password }, logger: false });
      await client.connect();
      const sources: Buffer[] = [];
      const lock = await client.getMailboxLock(path);
      try {
        if (client.mailbox && client.mailbox.exists > 0) for await (const m of client.fetch('1:*', { source: true })) if (m.source) sources.push(m.source);
      } finally {
        lock.release();
        await client.logout();
      }
      return Promise.all(sources.map((source) => simpleParser(source)));
    },
    async close() {
      await relay.close();
      await dovecot.stop();
    },
  };
}

/** The value of a call that must succeed; the test fails with the error's kind and reason otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`${result.error.kind}: ${result.error.reason}`);
  return result.value;
}

/** The contract's view of the network: what bob received, and bob writing to alice. */
export function contractHarness(world: MailWorld): ContractHarness<EmailConfig, EmailSettings> {
  const bobsMessage = async (messageId: string) => (await world.mailbox(bob)).find((m) => m.messageId === messageId);
  const network: NetworkView = {
    async findPost(externalId) {
      const message = await bobsMessage(externalId);
      if (!message) return undefined;
      const text = (message.text ?? '').replace(/\s+$/, '');
      return { text, mediaCount: message.attachments.length, ...(message.inReplyTo ? { replyTo: message.inReplyTo } : {}) };
    },
    async countPosts(text) {
      return (await world.mailbox(bob)).filter((m) => (m.text ?? '').includes(text)).length;
    },
    async receive(text) {
      const externalId = await world.send(bob, { to: alice.address, subject: 'A word from Bob', text });
      return { externalId, authorExternalId: bob.address };
    },
    moderationLog: () => Promise.reject(new Error('e-mail has no moderation')),
    setMetrics: () => Promise.reject(new Error('e-mail has no metrics')),
    failNext: (failure) => world.relay.failNext(failure),
  };
  return { connector: emailConnector, ctx: world.contextFor(alice), network, settings: { to: [bob.address], cc: [], subject: 'From the contract suite' }, close: () => world.close() };
}

/** A describe block with a fresh mail world, or one skipped test saying why when Dovecot is missing. */
export function describeWithMail(name: string, body: (world: () => MailWorld) => void): void {
  if (!dovecotInstalled()) {
    it(name, (t) => t.skip(DOVECOT_MISSING));
    return;
  }
  describe(name, () => {
    let current: MailWorld | undefined;
    before(async () => {
      current = await startMailWorld();
    });
    after(() => current?.close());
    body(() => {
      if (!current) throw new Error(DOVECOT_MISSING);
      return current;
    });
  });
}
