// OAuth 2.0 authorization code with PKCE (RFC 6749 §4.1, RFC 7636) and refresh (§6), as reusable
// steps: build the authorize URL, exchange the code, refresh the access token. Every call goes
// through the channel's safe fetch; token endpoint errors become connector errors, never raw bodies.
import type { Credentials } from '../credentials.ts';
import { errorFromHttpStatus } from '../http-errors.ts';
import type { Result } from '../result.ts';
import { authExpired, ok, rejected, transient } from '../result.ts';
import type { SafeFetch } from '../safe-fetch.ts';

/** How a connector's network (or one instance of it) does OAuth; from `connector.oauthClient`. */
export type OAuthClient = {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  /** Only for networks that demand a confidential client; PKCE alone protects public clients. */
  clientSecret?: string;
  scopes: readonly string[];
  /** Extra authorize parameters a network needs (e.g. `force_login`). */
  authorizeParams?: Record<string, string>;
};

export type OAuthCredentials = Extract<Credentials, { kind: 'oauth2-pkce' }>;
export type TokenGrant = { credentials: OAuthCredentials; expiresAt: Date | null };

export function buildAuthorizeUrl(client: OAuthClient, input: { redirectUri: string; state: string; challenge: string }): string {
  const url = new URL(client.authorizeUrl);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: input.redirectUri,
    state: input.state,
    code_challenge: input.challenge,
    code_challenge_method: 'S256',
    ...(client.scopes.length > 0 ? { scope: client.scopes.join(' ') } : {}),
    ...client.authorizeParams,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

type TokenBody = { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown };

async function postToken(fetch: SafeFetch, client: OAuthClient, form: Record<string, string>, now: Date): Promise<Result<TokenBody>> {
  const body = new URLSearchParams({ ...form, client_id: client.clientId, ...(client.clientSecret ? { client_secret: client.clientSecret } : {}) });
  const answer = await fetch(client.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: body.toString(),
  });
  if (!answer.ok) return answer;
  const json = (answer.value.json() ?? {}) as TokenBody;
  const reason = typeof json.error_description === 'string' ? json.error_description : typeof json.error === 'string' ? json.error : undefined;
  // invalid_grant: the code or refresh token is expired, used or revoked; only a new consent helps.
  if (json.error === 'invalid_grant') return authExpired(reason ?? 'the grant is no longer valid');
  const error = errorFromHttpStatus(answer.value.status, answer.value.headers, reason, now.getTime());
  if (error) return { ok: false, error };
  if (typeof json.access_token !== 'string' || json.access_token === '') return transient('the token endpoint answered without an access token', 'bad_token_response');
  return ok(json);
}

function toGrant(body: TokenBody, now: Date, keepRefreshToken?: string): TokenGrant {
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
  const expiresAt = Number.isFinite(seconds) && seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
  const refreshToken = typeof body.refresh_token === 'string' ? body.refresh_token : keepRefreshToken;
  return {
    credentials: {
      kind: 'oauth2-pkce',
      accessToken: body.access_token as string,
      ...(refreshToken ? { refreshToken } : {}),
      ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
    },
    expiresAt,
  };
}

/** Redeems the code from the callback; the verifier proves this is the flow that asked for it. */
export async function exchangeCode(
  fetch: SafeFetch,
  client: OAuthClient,
  input: { code: string; verifier: string; redirectUri: string; now?: Date },
): Promise<Result<TokenGrant>> {
  const now = input.now ?? new Date();
  const answer = await postToken(fetch, client, { grant_type: 'authorization_code', code: input.code, redirect_uri: input.redirectUri, code_verifier: input.verifier }, now);
  return answer.ok ? ok(toGrant(answer.value, now)) : answer;
}

/** A new access token from the refresh token; networks that do not rotate refresh tokens keep the old one. */
export async function refreshAccessToken(fetch: SafeFetch, client: OAuthClient, credentials: OAuthCredentials, now = new Date()): Promise<Result<TokenGrant>> {
  if (!credentials.refreshToken) return authExpired('no refresh token: reconnect the channel');
  const answer = await postToken(fetch, client, { grant_type: 'refresh_token', refresh_token: credentials.refreshToken }, now);
  return answer.ok ? ok(toGrant(answer.value, now, credentials.refreshToken)) : answer;
}

export const notOAuth = () => rejected('this channel does not use OAuth', 'not_oauth');
