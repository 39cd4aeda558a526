import type { ConnectorContext } from '../sdk/context.ts';
import type { Credentials } from '../sdk/credentials.ts';
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { callBluesky } from './call.ts';
import { profileUrl, type BlueskyConfig } from './config.ts';
import { jwtExpiry } from './session.ts';

/** The account the app password opens, as the AppView describes it. */
export function identify(ctx: ConnectorContext<BlueskyConfig>): Promise<Result<AccountIdentity>> {
  return callBluesky(ctx, async ({ agent, did }) => {
    const { data } = await agent.app.bsky.actor.getProfile({ actor: did });
    return ok({
      accountId: data.did,
      handle: data.handle,
      ...(data.displayName ? { displayName: data.displayName } : {}),
      profileUrl: profileUrl(ctx.config, data.handle),
    });
  });
}

/**
 * Refreshes the session (or opens a new one from the app password when the refresh token is
 * refused). The access token is renewed during calls as needed; what must not lapse is the
 * refresh token, so its expiry is the one reported.
 */
export function refreshCredentials(ctx: ConnectorContext<BlueskyConfig>): Promise<Result<{ credentials: Credentials; expiresAt: Date | null }>> {
  return callBluesky(ctx, async ({ session }) => {
    await session.renew();
    const current = session.current!;
    return ok({ credentials: { ...session.credentials, session: JSON.stringify(current) }, expiresAt: jwtExpiry(current.refreshJwt) });
  });
}
