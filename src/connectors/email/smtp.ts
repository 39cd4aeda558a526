// Sending through the account's SMTP server (nodemailer), on a connection to the address that
// endpoint.ts checked. One connection per call: nothing pooled across channels.
import nodemailer from 'nodemailer';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { loginOf } from './credentials.ts';
import { resolveEndpoint } from './endpoint.ts';
import { smtpError } from './map-errors.ts';

async function transportFor(ctx: ConnectorContext<EmailConfig>) {
  const login = loginOf(ctx);
  if (!login.ok) return login;
  const endpoint = await resolveEndpoint(ctx.config.smtp, ctx.config.allowHosts);
  if (!endpoint.ok) return endpoint;
  const { address, port, servername, security } = endpoint.value;
  const timeout = ctx.config.timeoutMs;
  return ok(
    nodemailer.createTransport({
      host: address,
      port,
      secure: security === 'tls',
      requireTLS: security === 'starttls',
      ignoreTLS: security === 'none',
      ...(servername ? { servername, tls: { servername } } : {}),
      auth: { user: login.value.user, pass: login.value.pass },
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      disableFileAccess: true,
      disableUrlAccess: true,
    }),
  );
}

export async function sendRaw(ctx: ConnectorContext<EmailConfig>, recipients: readonly string[], raw: Buffer): Promise<Result<void>> {
  const transport = await transportFor(ctx);
  if (!transport.ok) return transport;
  try {
    await transport.value.sendMail({ envelope: { from: ctx.config.from.address, to: [...recipients] }, raw });
    return ok(undefined);
  } catch (error) {
    return smtpError(error);
  } finally {
    transport.value.close();
  }
}

/** Connects and logs in without sending anything. */
export async function verifySmtp(ctx: ConnectorContext<EmailConfig>): Promise<Result<void>> {
  const transport = await transportFor(ctx);
  if (!transport.ok) return transport;
  try {
    await transport.value.verify();
    return ok(undefined);
  } catch (error) {
    return smtpError(error);
  } finally {
    transport.value.close();
  }
}
