import type { Ctx } from './api.ts';
import { instanceUrl } from './api.ts';
import type { Account } from './entities.ts';

/** "@user@instance" for every account: `acct` omits the domain of local accounts. */
export function fullHandle(ctx: Ctx, account: Account): string {
  return `@${account.acct.includes('@') ? account.acct : `${account.acct}@${instanceUrl(ctx, '/').host}`}`;
}
