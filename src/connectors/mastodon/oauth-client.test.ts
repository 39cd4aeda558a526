// oauthClient against the fixture instance: endpoints from the RFC 8414 metadata when published,
// the fixed paths of older instances otherwise, one app registered with the granular scopes, the
// instance's refusals mapped, and the token endpoint checking the PKCE verifier like Mastodon.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { buildAuthorizeUrl, exchangeCode } from '../sdk/auth/oauth2.ts';
import { createPkcePair } from '../sdk/auth/pkce.ts';
import { createSafeFetch, type SafeFetch } from '../sdk/safe-fetch.ts';
import { configSchema, type MastodonConfig } from './config.ts';
import type { FakeMastodon } from './fixture/fake-mastodon.ts';
import { startFakeMastodon } from './fixture/fake-mastodon.ts';
import { MASTODON_SCOPES, oauthClient } from './oauth-client.ts';

const redirectUri = 'https://tandem.example/api/v1/oauth/callback';

describe('Mastodon OAuth client', () => {
  let network: FakeMastodon;
  let config: MastodonConfig;
  let fetch: SafeFetch;
  let published: Record<string, unknown>;

  before(async () => {
    network = await startFakeMastodon('unused-token');
    config = configSchema.parse({ instanceUrl: network.baseUrl, allowHosts: [network.host] });
    fetch = createSafeFetch({ allowHosts: config.allowHosts });
    published = network.oauth.metadata!;
  });
  beforeEach(() => network.oauth.setMetadata(published));
  after(() => network.close());

  const paths = () => network.state.requests.map((r) => `${r.method} ${r.path}`);

  it('reads the endpoints from the metadata and registers one app with the granular scopes', async () => {
    network.oauth.setMetadata({ ...published, authorization_endpoint: `${network.baseUrl}/auth/consent` });
    const result = await oauthClient({ config, fetch, redirectUri });
    assert.ok(result.ok, JSON.stringify(result));
    const client = result.value;
    assert.equal(client.authorizeUrl, `${network.baseUrl}/auth/consent`, 'the metadata wins over the fixed path');
    assert.equal(client.tokenUrl, `${network.baseUrl}/oauth/token`);
    assert.deepEqual(client.scopes, MASTODON_SCOPES);
    const app = network.oauth.apps.get(client.clientId);
    assert.deepEqual(app, { clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [redirectUri], scopes: [...MASTODON_SCOPES] });
    assert.deepEqual(paths().slice(-2), ['GET /.well-known/oauth-authorization-server', 'POST /api/v1/apps']);
  });

  it('falls back to /oauth/authorize and /oauth/token on an instance older than 4.3 (metadata 404)', async () => {
    network.oauth.setMetadata(null);
    const result = await oauthClient({ config, fetch, redirectUri });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual([result.value.authorizeUrl, result.value.tokenUrl], [`${network.baseUrl}/oauth/authorize`, `${network.baseUrl}/oauth/token`]);
    assert.ok(network.oauth.apps.has(result.value.clientId));
  });

  it('ignores metadata that sends the token to another host over plain http', async () => {
    network.oauth.setMetadata({ ...published, token_endpoint: 'http://elsewhere.example/oauth/token' });
    const result = await oauthClient({ config, fetch, redirectUri });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.value.tokenUrl, `${network.baseUrl}/oauth/token`);
  });

  it("maps the instance's refusal to register the app (422) to rejected with its message", async () => {
    const result = await oauthClient({ config, fetch, redirectUri: 'callback' });
    assert.deepEqual(!result.ok && result.error, { kind: 'rejected', reason: 'Validation failed: Redirect URI must be an absolute URI.', code: 'http_422' });
  });

  it('redeems a code only with the verifier whose S256 challenge the consent page saw', async () => {
    const result = await oauthClient({ config, fetch, redirectUri });
    assert.ok(result.ok);
    const client = result.value;
    const authorize = async () => {
      const pkce = createPkcePair();
      const url = buildAuthorizeUrl(client, { redirectUri, state: 'st', challenge: pkce.challenge });
      const page = await globalThis.fetch(url);
      assert.deepEqual([page.status, page.headers.get('content-type')], [200, 'text/html; charset=utf-8'], 'the consent page is for a browser');
      const back = network.oauth.approve(url);
      assert.equal(back.searchParams.get('state'), 'st');
      return { code: back.searchParams.get('code')!, verifier: pkce.verifier };
    };

    const first = await authorize();
    const wrong = await exchangeCode(fetch, client, { code: first.code, verifier: createPkcePair().verifier, redirectUri });
    assert.deepEqual(!wrong.ok && wrong.error.kind, 'auth_expired');

    const second = await authorize();
    const grant = await exchangeCode(fetch, client, { code: second.code, verifier: second.verifier, redirectUri });
    assert.ok(grant.ok, JSON.stringify(grant));
    assert.ok(network.oauth.tokens.has(grant.value.credentials.accessToken));
    assert.equal(grant.value.expiresAt, null, 'Mastodon tokens do not expire');

    const replay = await exchangeCode(fetch, client, { code: second.code, verifier: second.verifier, redirectUri });
    assert.equal(!replay.ok && replay.error.kind, 'auth_expired', 'a code is redeemed once');
  });

  it('refuses a scope the app was not registered with, on the consent page', async () => {
    const result = await oauthClient({ config, fetch, redirectUri });
    assert.ok(result.ok);
    const url = buildAuthorizeUrl({ ...result.value, scopes: ['read', 'write'] }, { redirectUri, state: 's', challenge: createPkcePair().challenge });
    const page = await globalThis.fetch(url);
    assert.deepEqual([page.status, ((await page.json()) as { error: string }).error], [400, 'invalid_scope']);
  });
});
