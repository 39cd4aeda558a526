// "Connect with Mastodon". Every instance is its own authorization server with no app registered
// in advance, so Tandem registers itself there (methods/apps#create, for this redirect URI) and
// hands the channel layer the instance's endpoints: from its RFC 8414 metadata
// (GET /.well-known/oauth-authorization-server, Mastodon 4.3+) when published, else the fixed
// /oauth/authorize, /oauth/token and /api/v1/apps every older Mastodon serves.
import type { OAuthClient } from '../sdk/auth/oauth2.ts';
import { errorFromHttpStatus } from '../sdk/http-errors.ts';
import type { Result } from '../sdk/result.ts';
import { ok, transient } from '../sdk/result.ts';
import type { SafeFetch } from '../sdk/safe-fetch.ts';
import type { MastodonConfig } from './config.ts';

/** Granular scopes (api/oauth-scopes), exactly what the connector's calls need; GET /api/v2/instance is public. */
export const MASTODON_SCOPES = [
  'read:accounts', // verify_credentials, accounts/:id and its statuses (identify, lookupPublished)
  'read:statuses', // statuses/:id (metrics)
  'read:notifications', // the inbox
  'write:statuses', // publish, reply, direct messages
  'write:media', // uploads and their processing polls
  'write:reports', // moderate: report
  'write:blocks', // moderate: ban = block
] as const;

type Endpoints = { authorizeUrl: string; tokenUrl: string; registrationUrl: string };

const errorOf = (body: unknown): string | undefined => {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === 'string' ? error : undefined;
};

/** An endpoint named by the metadata: on the instance itself, or anywhere over https. */
function endpoint(value: unknown, instance: URL): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.origin === instance.origin || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

async function discoverEndpoints(fetch: SafeFetch, instance: URL): Promise<Result<Endpoints>> {
  const fixed: Endpoints = {
    authorizeUrl: new URL('/oauth/authorize', instance).href,
    tokenUrl: new URL('/oauth/token', instance).href,
    registrationUrl: new URL('/api/v1/apps', instance).href,
  };
  const answer = await fetch(new URL('/.well-known/oauth-authorization-server', instance), { headers: { accept: 'application/json' } });
  if (!answer.ok) return answer;
  // A 404 (before 4.3) or anything unreadable: the paths every Mastodon has always served.
  if (answer.value.status !== 200) return ok(fixed);
  const meta = (answer.value.json() ?? {}) as Record<string, unknown>;
  const authorizeUrl = endpoint(meta.authorization_endpoint, instance);
  const tokenUrl = endpoint(meta.token_endpoint, instance);
  if (!authorizeUrl || !tokenUrl) return ok(fixed);
  return ok({ authorizeUrl, tokenUrl, registrationUrl: endpoint(meta.app_registration_endpoint, instance) ?? fixed.registrationUrl });
}

async function registerApp(fetch: SafeFetch, url: string, redirectUri: string, now: number): Promise<Result<{ clientId: string; clientSecret: string }>> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // One redirect URI as a string: instances before 4.3 take no array.
    body: JSON.stringify({ client_name: 'Tandem', redirect_uris: redirectUri, scopes: MASTODON_SCOPES.join(' ') }),
  });
  if (!answer.ok) return answer;
  const body = answer.value.json();
  const error = errorFromHttpStatus(answer.value.status, answer.value.headers, errorOf(body), now);
  if (error) return { ok: false, error };
  const { client_id: clientId, client_secret: clientSecret } = (body ?? {}) as { client_id?: unknown; client_secret?: unknown };
  if (typeof clientId !== 'string' || typeof clientSecret !== 'string') return transient('the instance registered the app without client credentials', 'bad_app_response');
  return ok({ clientId, clientSecret });
}

/**
 * A new application per connection attempt, as Mastodon clients commonly do: the channel layer
 * carries the client in its sealed cookie, and Mastodon 4.3+ no longer vacuums unused apps.
 */
export async function oauthClient(input: { config: MastodonConfig; fetch: SafeFetch; redirectUri: string }): Promise<Result<OAuthClient>> {
  const instance = new URL(input.config.instanceUrl);
  const endpoints = await discoverEndpoints(input.fetch, instance);
  if (!endpoints.ok) return endpoints;
  const app = await registerApp(input.fetch, endpoints.value.registrationUrl, input.redirectUri, Date.now());
  if (!app.ok) return app;
  // Mastodon apps are confidential clients: the secret goes to the token endpoint with the PKCE verifier.
  return ok({ authorizeUrl: endpoints.value.authorizeUrl, tokenUrl: endpoints.value.tokenUrl, clientId: app.value.clientId, clientSecret: app.value.clientSecret, scopes: MASTODON_SCOPES });
}
