import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pino from 'pino';
import { ConfigError, loadConfig } from '../config.ts';
import { fromAddress, mailerFor } from './mailer.ts';
import { startSmtpInbox } from './testing/smtp-inbox.ts';

describe('mailer', () => {
  it('reads SMTP_URL and MAIL_FROM, and refuses a URL that is not smtp:// or smtps://', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465', MAIL_FROM: 'Acme <social@acme.test>' });
    assert.deepEqual(config.mail, { smtpUrl: 'smtps://u:p@mail.example.com:465', from: 'Acme <social@acme.test>' });
    assert.throws(() => loadConfig({ SMTP_URL: 'http://mail.example.com' }), (e: unknown) => e instanceof ConfigError && /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/.test(e.message));
  });

  it('sends from the host of PUBLIC_URL unless MAIL_FROM says otherwise', () => {
    assert.equal(fromAddress(loadConfig({ PUBLIC_URL: 'https://social.acme.test/' })), 'Tandem <tandem@social.acme.test>');
    assert.equal(fromAddress(loadConfig({})), 'Tandem <tandem@localhost>');
  });

  it('has no mailer without SMTP_URL, and one that delivers with it', async () => {
    const logger = pino({ level: 'silent' });
    assert.equal(mailerFor(loadConfig({}), logger), null);
    const inbox = await startSmtpInbox();
    try {
      const mailer = mailerFor(loadConfig({ SMTP_URL: inbox.url, MAIL_FROM: 'Tandem <t@tandem.test>' }), logger)!;
      await mailer.send({ to: 'ada@tandem.test', subject: 'Hello', text: 'Body' });
      assert.deepEqual(inbox.messages.map((m) => [m.subject, m.text?.trim()]), [['Hello', 'Body']]);
      inbox.refuseNext(550);
      await assert.rejects(mailer.send({ to: 'nobody@tandem.test', subject: 'x', text: 'y' }), (e: { permanent?: boolean }) => e.permanent === true);
      inbox.refuseNext(452);
      await assert.rejects(mailer.send({ to: 'full@tandem.test', subject: 'x', text: 'y' }), (e: { permanent?: boolean }) => e.permanent === false);
    } finally {
      await inbox.close();
    }
  });
});
