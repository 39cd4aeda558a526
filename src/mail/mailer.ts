// Tandem's own e-mail (notifications), sent through the SMTP server named by SMTP_URL with
// nodemailer. Without SMTP_URL there is no mailer: callers skip e-mail, and the first time a
// process does so it says it once in the log, never as an error.
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';

export type OutgoingMail = { to: string; subject: string; text: string };
export type Mailer = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/** Why a send failed: permanent (the server refused this message for good) or worth retrying. */
export class MailError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailError';
    this.permanent = permanent;
  }
}

const mailers = new WeakMap<Config, Mailer>();
const toldUnconfigured = new WeakSet<Config>();

/** The process's mailer for this config, or null (logged once) when SMTP is not configured. */
export function mailerFor(config: Config, logger: Logger): Mailer | null {
  const { smtpUrl } = config.mail;
  if (!smtpUrl) {
    if (!toldUnconfigured.has(config)) {
      toldUnconfigured.add(config);
      logger.info('SMTP_URL is not set: notification e-mails are not sent (in-app notifications still are)');
    }
    return null;
  }
  let mailer = mailers.get(config);
  if (!mailer) {
    mailer = createMailer(smtpUrl, fromAddress(config));
    mailers.set(config, mailer);
  }
  return mailer;
}

export function fromAddress(config: Config): string {
  if (config.mail.from) return config.mail.from;
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  return `Tandem <tandem@${host}>`;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  // One connection per message, not a pool: notifications are few, and nothing is left open
  // between runs of the job.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      } catch (cause) {
        const code = (cause as { responseCode?: number }).responseCode;
        // 5xx: the server refused this message (unknown recipient, policy); 4xx and network errors pass.
        const permanent = code !== undefined && code >= 500;
        throw new MailError(`E-mail to ${mail.to} not sent: ${(cause as Error).message}`, permanent, { cause });
      }
    },
    close: () => transport.close(),
  };
}
