// Connecting checks both doors: an IMAP login and an SMTP login (no mail sent). The account is
// the From address, which is what recipients see and answer to.
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { withImap } from './imap.ts';
import { verifySmtp } from './smtp.ts';

export async function identify(ctx: ConnectorContext<EmailConfig>): Promise<Result<AccountIdentity>> {
  const imap = await withImap(ctx, async () => ok(undefined));
  if (!imap.ok) return imap;
  const smtp = await verifySmtp(ctx);
  if (!smtp.ok) return smtp;
  const { address, name } = ctx.config.from;
  return ok({ accountId: address.toLowerCase(), handle: address, ...(name ? { displayName: name } : {}), profileUrl: `mailto:${address}` });
}
