// Connecting through OAuth 2.0 + PKCE against a loopback authorization server, and the database
// dumped as text afterwards: no token may appear anywhere in it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { exchangeCode } from '../../connectors/sdk/auth/oauth2.ts';
import { createSafeFetch } from '../../connectors/sdk/safe-fetch.ts';
import { fixtureRegistry } from '../../core/channels/testing/fixture-connector.ts';
import { startFixtureNetwork, type FixtureNetwork } from '../../core/channels/testing/fixture-network.ts';

describe('connecting through OAuth with PKCE', () => {
  let t: TestApp;
  let net: FixtureNetwork;
  let owner: TestClient;
  let workspaceId: string;
  let base: string;
  let config: { baseUrl: string; allowHosts: string[] };

  /** Starts the flow and lets the fake authorization server consent; returns the callback URL and cookie. */
  async function consent() {
    const start = await owner.post(`${base}/channels/oauth/start`, { network: 'fixture-oauth', config });
    assert.equal(start.status, 200, JSON.stringify(start.body));
    const cookie = start.headers.get('set-cookie')!;
    assert.match(cookie, /^tandem_oauth=.+; Max-Age=600; Path=\/api\/v1\/oauth\/callback; HttpOnly; SameSite=Lax/);
    const authorize = new URL(start.body.authorizeUrl);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(authorize.searchParams.get('redirect_uri'), 'http://localhost/api/v1/oauth/callback');
    assert.doesNotMatch(decodeURIComponent(cookie), /code_verifier|verifier"/, 'the cookie is sealed');
    const answer = await fetch(authorize, { redirect: 'manual' });
    return { callback: new URL(answer.headers.get('location')!), oauthCookie: cookie.split(';')[0]! };
  }
  async function callback(url: URL, oauthCookie?: string) {
    const session = owner.cookie;
    owner.cookie = oauthCookie ? `${session}; ${oauthCookie}` : session;
    try {
      return await owner.get(`${url.pathname}${url.search}`);
    } finally {
      owner.cookie = session;
    }
  }

  before(async () => {
    net = await startFixtureNetwork();
    t = await createTestApp({ connectors: fixtureRegistry() });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    config = { baseUrl: net.baseUrl, allowHosts: [net.host] };
  });
  after(async () => {
    await t.close();
    await net.close();
  });

  it('refuses a callback whose state does not match, storing nothing', async () => {
    const { callback: url, oauthCookie } = await consent();
    url.searchParams.set('state', 'forged-state');
    const res = await callback(url, oauthCookie);
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `/w/${workspaceId}/channels?error=oauth_failed`);
    assert.equal((await owner.get(`${base}/channels`)).body.length, 0);
  });

  it('refuses a callback without the cookie of the browser that started it', async () => {
    const { callback: url } = await consent();
    const res = await callback(url);
    assert.deepEqual([res.status, res.body.code], [400, 'oauth_failed']);
  });

  it('exchanges the code with the verifier and stores the channel with its expiry', async () => {
    const { callback: url, oauthCookie } = await consent();
    const res = await callback(url, oauthCookie);
    assert.equal(res.status, 302);
    const location = res.headers.get('location')!;
    assert.match(location, new RegExp(`^/w/${workspaceId}/channels\\?connected=[0-9a-f-]{36}$`));
    assert.match(res.headers.get('set-cookie') ?? '', /tandem_oauth=;/, 'the pending flow is cleared');
    const channel = (await owner.get(`${base}/channels/${location.split('=')[1]}`)).body;
    assert.deepEqual([channel.network, channel.accountId, channel.health], ['fixture-oauth', 'oauth-user', 'ok']);
    assert.ok(Math.abs(new Date(channel.credentialsExpireAt).getTime() - Date.now() - 3600_000) < 60_000);
    const audit = await t.database.query<{ action: string; actor_type: string }>('select action, actor_type from audit_entries where target_id = $1', [channel.id]);
    assert.deepEqual(audit, [{ action: 'channel.connect', actor_type: 'user' }]);
  });

  it('cannot redeem a code without the right verifier', async () => {
    const start = await owner.post(`${base}/channels/oauth/start`, { network: 'fixture-oauth', config });
    const answer = await fetch(start.body.authorizeUrl, { redirect: 'manual' });
    const code = new URL(answer.headers.get('location')!).searchParams.get('code')!;
    const client = { authorizeUrl: `${net.baseUrl}/oauth/authorize`, tokenUrl: `${net.baseUrl}/oauth/token`, clientId: 'tandem-test', scopes: [] };
    const result = await exchangeCode(createSafeFetch({ allowHosts: [net.host] }), client, { code, verifier: 'a'.repeat(43), redirectUri: 'http://localhost/api/v1/oauth/callback' });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.kind, 'auth_expired');
    assert.equal(net.refusals.at(-1), 'invalid_grant');
  });

  it('never lets a token reach the database in clear: every table of every schema, dumped as text', async () => {
    const botToken = net.issueToken('carol');
    assert.equal((await owner.post(`${base}/channels`, { network: 'fixture', config, credentials: { token: botToken } })).status, 201);
    const tables = await t.database.query<{ s: string; n: string }>(
      `select table_schema as s, table_name as n from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    assert.ok(tables.some((x) => x.n === 'channels') && tables.some((x) => x.n === 'audit_entries'));
    let dump = '';
    for (const { s, n } of tables) {
      for (const row of await t.database.query<{ r: string }>(`select t::text as r from "${s}"."${n}" t`)) dump += `${row.r}\n`;
    }
    const secrets = [botToken, ...net.issued()];
    assert.ok(secrets.length >= 3, 'the OAuth flow issued tokens too');
    for (const secret of secrets) assert.ok(!dump.includes(secret), `a token is readable in the database dump`);
    assert.match(dump, /v1:[0-9a-f]{8}:/, 'the credentials are there, sealed');
  });
});
