// Connecting through OAuth 2.0 with PKCE. `start` asks the connector for its OAuth client (for
// this instance), and returns the authorize URL plus a sealed "pending" blob (verifier, state,
// who asked, for which workspace) that the browser keeps in an HttpOnly cookie for ten minutes:
// no table. `finish` opens it, checks the state and the person, exchanges the code with the
// verifier and stores the channel like any connect.
import { buildAuthorizeUrl, exchangeCode, type OAuthClient } from '../../connectors/sdk/auth/oauth2.ts';
import { createPkcePair, newState, sameSecret } from '../../connectors/sdk/auth/pkce.ts';
import { createSafeFetch } from '../../connectors/sdk/safe-fetch.ts';
import { open, seal } from '../../crypto/secrets.ts';
import { authorize } from '../permissions.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { findMembership } from '../workspaces/find-membership.ts';
import { allowHostsOf, parseChannelConfig } from './build-connector-context.ts';
import type { ChannelServices, ChannelsCtx } from './channels-ctx.ts';
import { requireConnector } from './connector-registry.ts';
import { valueOrThrow } from './connector-errors.ts';
import { checkAccount, storeConnectedChannel, type Connected } from './connect-channel.ts';

export const OAUTH_PENDING_SECONDS = 10 * 60;

type Pending = { workspaceId: string; userId: string; network: string; config: unknown; client: OAuthClient; verifier: string; state: string; redirectUri: string; expiresAt: number };

export async function startOAuthConnect(ctx: ChannelsCtx, input: { network: string; config?: unknown; redirectUri: string }): Promise<{ authorizeUrl: string; pending: string }> {
  const connector = requireConnector(ctx.connectors, input.network);
  if (connector.manifest.auth !== 'oauth2-pkce' || !connector.oauthClient) throw new AppError('validation_failed', `${connector.manifest.displayName} does not connect through OAuth`);
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 'Only a signed-in person can give consent on the network');
  const config = parseChannelConfig(connector, input.config);
  const client = valueOrThrow(await connector.oauthClient({ config, fetch: createSafeFetch({ allowHosts: allowHostsOf(config) }), redirectUri: input.redirectUri }));
  const pkce = createPkcePair();
  const state = newState();
  const pending: Pending = { workspaceId: ctx.workspaceId, userId: ctx.actor.id, network: input.network, config, client, verifier: pkce.verifier, state, redirectUri: input.redirectUri, expiresAt: ctx.clock.now().getTime() + OAUTH_PENDING_SECONDS * 1000 };
  return { authorizeUrl: buildAuthorizeUrl(client, { redirectUri: input.redirectUri, state, challenge: pkce.challenge }), pending: seal(ctx.keyring, JSON.stringify(pending)) };
}

/** Reads the pending flow; undefined when it is unreadable or expired. The workspace tells the callback where to send the browser. */
export function readPendingOAuth(services: ChannelServices, sealed: string | undefined, now: Date): Pending | undefined {
  if (!sealed) return undefined;
  try {
    const pending = JSON.parse(open(services.keyring, sealed)) as Pending;
    return pending.expiresAt > now.getTime() ? pending : undefined;
  } catch {
    return undefined;
  }
}

export async function finishOAuthConnect(ctx: Ctx & ChannelServices, input: { pending: Pending; userId: string; code: string; state: string }): Promise<Connected> {
  const { pending } = input;
  if (!sameSecret(pending.state, input.state)) throw new AppError('oauth_failed', 'The sign-in answer does not belong to this browser (state mismatch)');
  if (pending.userId !== input.userId) throw new AppError('oauth_failed', 'The sign-in was started by someone else');
  // The person may have lost the right to manage channels in the ten minutes since.
  const membership = await findMembership(ctx, pending.workspaceId, input.userId);
  if (!membership) throw new AppError('not_found', 'Workspace not found');
  authorize(membership.role, 'channels.manage');
  const wctx: ChannelsCtx = { ...ctx, workspaceId: pending.workspaceId, role: membership.role };
  const connector = requireConnector(ctx.connectors, pending.network);
  const fetch = createSafeFetch({ allowHosts: allowHostsOf(pending.config) });
  const grant = valueOrThrow(await exchangeCode(fetch, pending.client, { code: input.code, verifier: pending.verifier, redirectUri: pending.redirectUri, now: ctx.clock.now() }));
  const channelId = newId();
  const checked = await checkAccount(wctx, connector, channelId, pending.config, grant.credentials);
  return storeConnectedChannel(wctx, connector, { channelId, config: pending.config, checked });
}
