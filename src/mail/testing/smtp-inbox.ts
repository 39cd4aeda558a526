// A real SMTP server on loopback (nodemailer's smtp-server) that keeps every message it accepts,
// parsed, for the mail tests. `refuseNext(code)` answers the next message with that SMTP code, as
// a provider does for a full mailbox (452) or an unknown address (550).
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../testing/free-port.ts';

export type SmtpInbox = {
  url: string;
  messages: ParsedMail[];
  refuseNext(code: number): void;
  close(): Promise<void>;
};

export async function startSmtpInbox(opts: { user?: string; password?: string } = {}): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  let refusal: number | undefined;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.user ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !opts.user,
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      if (auth.username === opts.user && auth.password === opts.password) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      const code = refusal;
      refusal = undefined;
      simpleParser(stream).then(
        (mail) => {
          if (code !== undefined) return callback(Object.assign(new Error(`${code === 550 ? '5.1.1 User unknown' : '4.2.2 Mailbox full, try later'}`), { responseCode: code }));
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => {});
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const auth = opts.user ? `${encodeURIComponent(opts.user)}:${encodeURIComponent(opts.password ?? '')}@` : '';
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    messages,
    refuseNext: (code) => {
      refusal = code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
