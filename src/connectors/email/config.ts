// What a channel stores to reach one mailbox: the SMTP server that sends, the IMAP server that
// receives and keeps the Sent copy, the From address, and the hosts allowed to be private.
import { z } from 'zod';

/** tls: implicit TLS (465, 993); starttls: upgrade required, never plaintext; none: allowlisted hosts only. */
const security = z.enum(['tls', 'starttls', 'none']);

const server = { host: z.string().min(1), port: z.number().int().min(1).max(65_535) };

export const configSchema = z.object({
  from: z
    .object({
      address: z.email().describe('The address your e-mails are sent from, e.g. hello@yourbrand.com'),
      name: z.string().optional().describe('The sender name people see, e.g. Acme Coffee'),
    })
    .describe('Who your e-mails come from'),
  smtp: z
    .object({
      host: server.host.describe("Your provider's outgoing mail (SMTP) server, e.g. smtp.gmail.com: see its mail-app settings"),
      port: server.port.default(587).describe('Usually 587 (with starttls) or 465 (with tls)'),
      security: security.default('starttls').describe('How the connection is encrypted: starttls for port 587, tls for 465; none only for a private server'),
    })
    .describe('The server that sends your e-mails'),
  imap: z
    .object({
      host: server.host.describe("Your provider's incoming mail (IMAP) server, e.g. imap.gmail.com: see its mail-app settings"),
      port: server.port.default(993).describe('Usually 993 (with tls) or 143 (with starttls)'),
      security: security.default('tls').describe('How the connection is encrypted: tls for port 993, starttls for 143; none only for a private server'),
      mailbox: z.string().min(1).default('INBOX').describe('The folder incoming mail is read from; usually INBOX'),
      /** By default the mailbox marked \Sent, else "Sent". */
      sentMailbox: z.string().min(1).optional().describe('The folder sent mail is kept in; leave empty to find it automatically'),
      appendToSent: z
        .boolean()
        .default(true)
        .meta({ title: 'Copy to sent folder', description: 'Save a copy of what you send in the sent folder, as mail apps do. Turn off for Gmail, which does it itself' }),
    })
    .describe('The server that receives your e-mails and keeps the sent ones'),
  /** host or host:port entries that may resolve to private or loopback addresses. */
  allowHosts: z.array(z.string()).default([]).describe('Only for a self-hosted mail server on a private network: its host or host:port'),
  timeoutMs: z
    .number()
    .int()
    .positive()
    .default(30_000)
    .meta({ title: 'Timeout (milliseconds)', description: 'How long to wait for the mail server before giving up; 30000 is 30 seconds' }),
  maxMessageBytes: z
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024)
    .meta({ title: 'Largest e-mail (bytes)', description: 'The largest e-mail your provider accepts, attachments included; most allow 25 MB, some 20 MB' }),
  /** Only a first read (no cursor) looks back. */
  backfillDays: z
    .number()
    .int()
    .positive()
    .default(14)
    .meta({ title: 'Days of history', description: 'How many days of past e-mail to bring into the inbox when you connect' }),
});

export const postSettingsSchema = z.object({
  to: z.array(z.email()).min(1),
  cc: z.array(z.email()).default([]),
  /** Defaults to "Re: <parent subject>" for a continuation, else the first line of the text. */
  subject: z.string().max(998).optional(),
});

export type EmailConfig = z.infer<typeof configSchema>;
export type EmailSettings = z.infer<typeof postSettingsSchema>;
export type ServerConfig = EmailConfig['smtp'];
