// The OAuth steps against a loopback authorization server, and the credential forms.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createSafeFetch } from '../safe-fetch.ts';
import { credentialForms, parseCredentials } from './credential-forms.ts';
import { buildAuthorizeUrl, refreshAccessToken, type OAuthClient } from './oauth2.ts';
import { challengeOf, createPkcePair } from './pkce.ts';

describe('OAuth 2.0 steps', () => {
  let server: http.Server;
  let client: OAuthClient;
  let answer: { status: number; body: unknown; headers?: Record<string, string> };
  let lastForm: URLSearchParams;
  before(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c)).on('end', () => {
        lastForm = new URLSearchParams(raw);
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    client = { authorizeUrl: 'https://auth.example/authorize?prompt=consent', tokenUrl: `http://127.0.0.1:${port}/token`, clientId: 'tandem', scopes: ['read', 'write'] };
  });
  after(() => new Promise<void>((r) => server.close(() => r())));
  const fetch = () => createSafeFetch({ allowHosts: [new URL(client.tokenUrl).host] });

  it('builds an authorize URL with PKCE S256, state and scopes, keeping its own parameters', () => {
    const pkce = createPkcePair();
    assert.match(pkce.verifier, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(pkce.challenge, challengeOf(pkce.verifier));
    const url = new URL(buildAuthorizeUrl(client, { redirectUri: 'https://tandem.example/api/v1/oauth/callback', state: 's1', challenge: pkce.challenge }));
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      prompt: 'consent',
      response_type: 'code',
      client_id: 'tandem',
      redirect_uri: 'https://tandem.example/api/v1/oauth/callback',
      state: 's1',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      scope: 'read write',
    });
  });

  it('refreshes, keeping the refresh token when the network does not rotate it', async () => {
    answer = { status: 200, body: { access_token: 'at-2', expires_in: 60, token_type: 'Bearer' } };
    const now = new Date('2026-11-23T12:00:00Z');
    const result = await refreshAccessToken(fetch(), client, { kind: 'oauth2-pkce', accessToken: 'at-1', refreshToken: 'rt-1' }, now);
    assert.deepEqual(result, { ok: true, value: { credentials: { kind: 'oauth2-pkce', accessToken: 'at-2', refreshToken: 'rt-1', expiresAt: '2026-11-23T12:01:00.000Z' }, expiresAt: new Date('2026-11-23T12:01:00Z') } });
    assert.deepEqual(Object.fromEntries(lastForm), { grant_type: 'refresh_token', refresh_token: 'rt-1', client_id: 'tandem' });
  });

  it('maps token endpoint refusals: invalid_grant → auth_expired, 429 → rate_limited, no token → transient', async () => {
    const creds = { kind: 'oauth2-pkce' as const, accessToken: 'a', refreshToken: 'r' };
    answer = { status: 400, body: { error: 'invalid_grant', error_description: 'Token revoked' } };
    assert.deepEqual(await refreshAccessToken(fetch(), client, creds), { ok: false, error: { kind: 'auth_expired', reason: 'Token revoked' } });
    answer = { status: 429, body: { error: 'slow_down' }, headers: { 'retry-after': '30' } };
    assert.deepEqual(await refreshAccessToken(fetch(), client, creds), { ok: false, error: { kind: 'rate_limited', reason: 'slow_down', retryAfterSeconds: 30 } });
    answer = { status: 200, body: {} };
    assert.equal((await refreshAccessToken(fetch(), client, creds)).ok, false);
    assert.equal((await refreshAccessToken(fetch(), client, { kind: 'oauth2-pkce', accessToken: 'a' })).ok, false, 'no refresh token: reconnect');
  });
});

describe('credential forms', () => {
  it('parse what the connect form sends into the credentials of each auth kind', () => {
    assert.deepEqual(parseCredentials('bot-token', { token: ' t ' }).data, { kind: 'bot-token', token: 't' });
    assert.deepEqual(parseCredentials('app-password', { identifier: 'me', password: 'pw' }).data, { kind: 'app-password', identifier: 'me', password: 'pw' });
    assert.deepEqual(parseCredentials('none', undefined).data, { kind: 'none' });
    assert.equal(parseCredentials('webhook-secret', { secret: 'short' }).success, false);
    assert.equal(parseCredentials('bot-token', { token: 't', extra: 1 }).success, false, 'unknown fields are refused');
    assert.ok(credentialForms['app-password'].fields.some((f) => f.name === 'password' && f.secret));
  });
});
