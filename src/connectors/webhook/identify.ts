// A webhook channel is not an account on someone else's network: its identity is its own
// endpoint. The account id is the channel id (unique, so two webhook channels never merge on
// reconnect) and the handle is the path senders POST to.
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';

export const minSecretLength = 32;

export async function identify(ctx: ConnectorContext<unknown>): Promise<Result<AccountIdentity>> {
  const { credentials } = ctx;
  if (credentials.kind !== 'webhook-secret' || credentials.secret.length < minSecretLength) {
    return rejected(`a signing secret of at least ${minSecretLength} characters is required`, 'secret_missing');
  }
  return ok({ accountId: ctx.channelId, handle: `/hooks/${ctx.channelId}`, displayName: 'Webhook' });
}
