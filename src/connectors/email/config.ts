// What a channel stores to reach one mailbox: the SMTP server that sends, the IMAP server that
// receives and keeps the Sent copy, the From address, and the hosts allowed to be private.
import { z } from 'zod';

/** tls: implicit TLS (465, 993); starttls: upgrade required, never plaintext; none: allowlisted hosts only. */
const security = z.enum(['tls', 'starttls', 'none']);

const server = { host: z.string().min(1), port: z.number().int().min(1).max(65_535) };

export const configSchema = z.object({
  from: z.object({ address: z.email(), name: z.string().optional() }),
  smtp: z.object({ ...server, port: server.port.default(587), security: security.default('starttls') }),
  imap: z.object({
    ...server,
    port: server.port.default(993),
    security: security.default('tls'),
    /** Where incoming mail is read from. */
    mailbox: z.string().min(1).default('INBOX'),
    /** Where sent mail is kept; by default the mailbox marked \Sent, else "Sent". */
    sentMailbox: z.string().min(1).optional(),
    /** Append what we send to Sent, as mail clients do; off for servers that do it themselves (Gmail). */
    appendToSent: z.boolean().default(true),
  }),
  /** host or host:port entries that may resolve to private or loopback addresses (self-hosted). */
  allowHosts: z.array(z.string()).default([]),
  timeoutMs: z.number().int().positive().default(30_000),
  /** The whole encoded message, attachments included (most providers: 25 MB, some 20 MB). */
  maxMessageBytes: z.number().int().positive().default(25 * 1024 * 1024),
  /** How far back a first inbox read (no cursor) goes. */
  backfillDays: z.number().int().positive().default(14),
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
