import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';

/** The same app password logs in to SMTP and IMAP (user = the identifier). */
export function loginOf(ctx: ConnectorContext<unknown>): Result<{ user: string; pass: string }> {
  const credentials = ctx.credentials;
  if (credentials.kind !== 'app-password') return rejected('this channel needs a user name and an app password', 'bad_credentials');
  return ok({ user: credentials.identifier, pass: credentials.password });
}
