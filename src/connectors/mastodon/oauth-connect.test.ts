// "Connect with Mastodon" end to end through Tandem's channel API, with the real connector and the
// fixture instance: start → the instance's consent page → approve → callback with the cookie →
// a connected channel for the brand's account, whose token then works for the connector's calls.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registryOf } from '../../core/channels/connector-registry.ts';
import type { Connector } from '../sdk/manifest.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import type { FakeMastodon } from './fixture/fake-mastodon.ts';
import { startFakeMastodon } from './fixture/fake-mastodon.ts';
import { mastodonConnector } from './index.ts';
import { MASTODON_SCOPES } from './oauth-client.ts';

describe('connecting a Mastodon channel through OAuth', () => {
  let t: TestApp;
  let network: FakeMastodon;
  let owner: TestClient;
  let workspaceId: string;

  before(async () => {
    network = await startFakeMastodon('personal-token-not-used-here');
    t = await createTestApp({ connectors: registryOf({ mastodon: mastodonConnector as Connector }) });
    ({ owner, workspaceId } = await t.setupOwner());
  });
  after(async () => {
    await t.close();
    await network.close();
  });

  it('registers an app, sends the person to the consent page and stores the approved account', async () => {
    const base = `/api/v1/workspaces/${workspaceId}`;
    const config = { instanceUrl: network.baseUrl, allowHosts: [network.host] };
    const start = await owner.post(`${base}/channels/oauth/start`, { network: 'mastodon', config });
    assert.equal(start.status, 200, JSON.stringify(start.body));
    const oauthCookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
    assert.match(oauthCookie, /^tandem_oauth=./);

    const authorizeUrl = new URL(start.body.authorizeUrl);
    assert.equal(`${authorizeUrl.origin}${authorizeUrl.pathname}`, `${network.baseUrl}/oauth/authorize`);
    const [app] = [...network.oauth.apps.values()];
    assert.equal(network.oauth.apps.size, 1);
    assert.deepEqual(
      Object.fromEntries(['client_id', 'redirect_uri', 'scope', 'code_challenge_method'].map((k) => [k, authorizeUrl.searchParams.get(k)])),
      { client_id: app!.clientId, redirect_uri: 'http://localhost/api/v1/oauth/callback', scope: MASTODON_SCOPES.join(' '), code_challenge_method: 'S256' },
    );
    assert.deepEqual(app!.redirectUris, ['http://localhost/api/v1/oauth/callback']);

    const page = await fetch(authorizeUrl);
    assert.equal(page.status, 200, 'the consent page accepts what Tandem asked for');
    const back = network.oauth.approve(authorizeUrl.href);

    const session = owner.cookie;
    owner.cookie = `${session}; ${oauthCookie}`;
    const callback = await owner.get(`${back.pathname}${back.search}`).finally(() => (owner.cookie = session));
    assert.equal(callback.status, 302);
    const location = callback.headers.get('location') ?? '';
    assert.match(location, new RegExp(`^/w/${workspaceId}/channels\\?connected=[0-9a-f-]{36}$`), location);

    const channel = (await owner.get(`${base}/channels/${location.split('=')[1]}`)).body;
    assert.deepEqual(
      [channel.network, channel.accountId, channel.accountHandle, channel.health, channel.credentialsExpireAt],
      ['mastodon', network.state.me.id, `@brand@${network.host}`, 'ok', null],
    );
    assert.equal(network.oauth.tokens.size, 1, 'one token issued, for this channel');
    const [token] = [...network.oauth.tokens];
    const verified = network.state.requests.filter((r) => r.path === '/api/v1/accounts/verify_credentials');
    assert.ok(verified.length > 0 && verified.every((r) => r.headers.authorization === `Bearer ${token}`), 'the account was read with the new token');
  });
});
