// A real SMTP server for the tests: nodemailer's smtp-server on loopback with AUTH, delivering
// every accepted message into the recipient's Dovecot INBOX by IMAP APPEND, so a message goes
// through the same servers and protocols a provider's would. Only the test users exist;
// `failNext` makes the next transaction fail the way real servers answer (535, 451 with a
// throttling text, 554 with a reason, 451, or silence).
import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream } from 'smtp-server';
import type { Failure } from '../../sdk/contract/harness.ts';
import type { Dovecot } from './dovecot.ts';
import { freePort } from '../../../testing/free-port.ts';

export type TestUser = { name: string; password: string; address: string };
export type SmtpRelay = { host: string; port: number; failNext(failure: Failure): void; close(): Promise<void> };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function deliver(imap: Dovecot, user: TestUser, message: Buffer): Promise<void> {
  const client = new ImapFlow({ host: imap.host, port: imap.port, secure: false, doSTARTTLS: false, auth: { user: user.name, pass: user.password }, logger: false });
  await client.connect();
  try {
    await client.append('INBOX', message);
  } finally {
    await client.logout();
  }
}

export async function startSmtpRelay(imap: Dovecot, users: readonly TestUser[]): Promise<SmtpRelay> {
  let pending: Failure | undefined;
  const take = (kinds: Failure['kind'][]): Failure | undefined => {
    if (!pending || !kinds.includes(pending.kind)) return undefined;
    const failure = pending;
    pending = undefined;
    return failure;
  };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      const user = users.find((u) => u.name === auth.username || u.address === auth.username);
      if (take(['auth_expired']) || !user || user.password !== auth.password) return callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
      callback(null, { user: user.name });
    },
    onMailFrom(_address, _session, callback) {
      const failure = take(['rate_limited', 'transient']);
      if (failure?.kind === 'rate_limited') return callback(smtpError(451, `4.7.1 Rate limit exceeded, try again in ${failure.retryAfterSeconds} seconds`));
      if (failure) return callback(smtpError(451, '4.3.0 Local error in processing'));
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (users.some((u) => u.address === address.address.toLowerCase())) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown in local recipient table`));
    },
    onData(stream, session, callback) {
      const failure = take(['rejected', 'timeout']);
      readAll(stream).then(
        async (message) => {
          if (failure?.kind === 'timeout') return; // never answers: the client's timeout must fire
          if (failure?.kind === 'rejected') return callback(smtpError(554, `5.6.0 ${failure.reason}`));
          for (const rcpt of session.envelope.rcptTo) await deliver(imap, users.find((u) => u.address === rcpt.address.toLowerCase())!, message);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => {});
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port,
    failNext: (failure) => {
      pending = failure;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
