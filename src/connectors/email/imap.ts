// Reading the account's mailboxes (imapflow), on a connection to the address that endpoint.ts
// checked, with the host name kept for SNI. One connection per call, logged out at the end.
import { ImapFlow } from 'imapflow';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { loginOf } from './credentials.ts';
import { resolveEndpoint } from './endpoint.ts';
import { imapError } from './map-errors.ts';

export async function withImap<T>(ctx: ConnectorContext<EmailConfig>, run: (client: ImapFlow) => Promise<Result<T>>): Promise<Result<T>> {
  const login = loginOf(ctx);
  if (!login.ok) return login;
  const endpoint = await resolveEndpoint(ctx.config.imap, ctx.config.allowHosts);
  if (!endpoint.ok) return endpoint;
  const { address, port, servername, security } = endpoint.value;
  const timeout = ctx.config.timeoutMs;
  const client = new ImapFlow({
    host: address,
    port,
    secure: security === 'tls',
    // true: STARTTLS or fail (no silent plaintext); false: never (allowlisted hosts only).
    ...(security === 'tls' ? {} : { doSTARTTLS: security === 'starttls' }),
    ...(servername ? { servername } : {}),
    auth: login.value,
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  // Failures reach us through the awaited commands; an unheard 'error' event would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    return await run(client);
  } catch (error) {
    return imapError(error);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

const sentPaths = new WeakMap<ImapFlow, Promise<string>>();

/** The configured Sent mailbox, else the one the server marks \Sent (RFC 6154), else "Sent"; listed once per connection. */
export function sentMailboxOf(client: ImapFlow, config: EmailConfig): Promise<string> {
  if (config.imap.sentMailbox) return Promise.resolve(config.imap.sentMailbox);
  let path = sentPaths.get(client);
  if (!path) {
    path = client.list().then((mailboxes) => mailboxes.find((mailbox) => mailbox.specialUse === '\\Sent')?.path ?? 'Sent');
    sentPaths.set(client, path);
  }
  return path;
}

/** UIDs of the messages in `mailbox` whose Message-ID header is `messageId`. */
export async function uidsWithMessageId(client: ImapFlow, mailbox: string, messageId: string): Promise<number[]> {
  const lock = await client.getMailboxLock(mailbox, { readOnly: true });
  try {
    return (await client.search({ header: { 'message-id': messageId } }, { uid: true })) || [];
  } finally {
    lock.release();
  }
}

/** The first `maxBytes` of a message: headers and text come first, attachments we do not need last. */
export async function readSource(client: ImapFlow, mailbox: string, uid: number, maxBytes: number): Promise<Buffer | undefined> {
  const lock = await client.getMailboxLock(mailbox, { readOnly: true });
  try {
    const message = await client.fetchOne(String(uid), { uid: true, source: { maxLength: maxBytes } }, { uid: true });
    return message ? message.source : undefined;
  } finally {
    lock.release();
  }
}
