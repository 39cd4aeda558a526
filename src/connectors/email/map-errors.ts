// SMTP and IMAP failures as the four connector error kinds. Reasons carry the server's own
// reply line (e.g. "550 5.1.1 Mailbox unavailable"), shortened; never a whole transcript.
import type { Err } from '../sdk/result.ts';
import { authExpired, rateLimited, rejected, transient } from '../sdk/result.ts';

type MailError = Error & {
  code?: string;
  responseCode?: number;
  response?: unknown;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  responseStatus?: string;
  responseText?: string;
  throttleReset?: number;
};

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// imapflow's own codes for a lost, refused or silent connection.
const IMAP_CONNECTION_CODES = new Set(['NoConnection', 'EConnectionClosed', 'ClosedAfterConnectText', 'ClosedAfterConnectTLS', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT']);

// SMTP has no Retry-After; throttling is said in words ("4.7.0 Try again later", Exim's
// "Sender rate overlimit", Gmail's "5.4.5 Daily user sending limit exceeded").
const THROTTLED = /\b(rate|too many|throttl|quota|sending limit|try again later)\b|ratelimit|overlimit/i;
const DAILY_LIMIT = /\b5\.4\.5\b|daily .*limit/i;
const DEFAULT_RETRY_SECONDS = 60;

/** "try again in 42 seconds", "retry after 5 minutes": a server's hint, when it gives one. */
export function retryHint(text: string): number | undefined {
  const match = /\b(?:in|after|wait)\s+(\d+)\s*(ms|milliseconds?|s|sec(?:ond)?s?|m|min(?:ute)?s?|h|hours?)\b/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit.startsWith('ms') || unit.startsWith('milli')) return value / 1000;
  if (unit.startsWith('h')) return value * 3600;
  if (unit.startsWith('m')) return value * 60;
  return value;
}

const replyLine = (error: MailError): string => (typeof error.response === 'string' && error.response !== '' ? error.response : error.message);

export function smtpError(raw: unknown): Err {
  const error = raw as MailError;
  const code = error.code ?? '';
  const status = error.responseCode ?? 0;
  const line = replyLine(error);
  if (code === 'EAUTH' || code === 'ENOAUTH') {
    // 454 4.7.0 is a temporary authentication failure; 535/534/530 mean the password no longer works.
    if (status >= 400 && status < 500) return transient(`SMTP login failed for now: ${line}`, 'smtp_auth_temporary');
    return authExpired(`SMTP login refused: ${line}`);
  }
  if (status >= 400 && status < 600 && THROTTLED.test(line)) {
    const seconds = retryHint(line) ?? (DAILY_LIMIT.test(line) ? 3600 : DEFAULT_RETRY_SECONDS);
    return rateLimited(seconds, line);
  }
  if (status >= 500) return rejected(line, `smtp_${status}`);
  if (status >= 400) return transient(line, `smtp_${status}`);
  if (code === 'ETLS' || code === 'EREQUIRETLS') return rejected(`TLS with the SMTP server failed: ${error.message}`, 'tls');
  if (CONNECTION_CODES.has(code)) return transient(`SMTP connection failed (${code})`, 'network');
  return transient(`SMTP failed: ${error.message}`, code === '' ? 'smtp' : code.toLowerCase());
}

export function imapError(raw: unknown): Err {
  const error = raw as MailError;
  const code = error.code ?? '';
  const responseCode = (error.serverResponseCode ?? '').toUpperCase();
  const text = error.responseText ?? error.message;
  if (error.authenticationFailed || ['AUTHENTICATIONFAILED', 'AUTHORIZATIONFAILED', 'EXPIRED'].includes(responseCode)) {
    return authExpired(`IMAP login refused: ${text}`);
  }
  if (code === 'ETHROTTLE') return rateLimited((error.throttleReset ?? DEFAULT_RETRY_SECONDS * 1000) / 1000, text);
  // RFC 5530: LIMIT is a per-user limit reached, UNAVAILABLE / INUSE / SERVERBUG pass with time.
  if (responseCode === 'LIMIT') return rateLimited(retryHint(text) ?? DEFAULT_RETRY_SECONDS, `IMAP: ${text}`);
  if (['UNAVAILABLE', 'INUSE', 'SERVERBUG', 'CONTACTADMIN'].includes(responseCode)) return transient(`IMAP: ${text}`, responseCode.toLowerCase());
  if (error.responseStatus === 'NO' || error.responseStatus === 'BAD') return rejected(`IMAP: ${text}`, responseCode === '' ? 'imap' : responseCode.toLowerCase());
  if (code.startsWith('ClosedAfterConnectTLS') || /certificate|TLS/i.test(error.message)) return rejected(`TLS with the IMAP server failed: ${error.message}`, 'tls');
  if (CONNECTION_CODES.has(code) || IMAP_CONNECTION_CODES.has(code)) return transient(`IMAP connection failed (${code})`, 'network');
  return transient(`IMAP failed: ${error.message}`, 'imap');
}
