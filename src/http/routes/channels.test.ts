// Channels through the API against a fixture network on loopback: connect, list, rename, test,
// reconnect, disconnect, with each connector error mapped to its problem and every change audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { fixtureRegistry } from '../../core/channels/testing/fixture-connector.ts';
import { startFixtureNetwork, type FixtureNetwork } from '../../core/channels/testing/fixture-network.ts';

describe('channels API', () => {
  let t: TestApp;
  let net: FixtureNetwork;
  let owner: TestClient;
  let base: string;
  let config: { baseUrl: string; allowHosts: string[] };
  const connect = (credentials: unknown, extra: Record<string, unknown> = {}) => owner.post(`${base}/channels`, { network: 'fixture', config, credentials, ...extra });
  const auditActions = async (channelId: string) =>
    (await t.database.query<{ action: string }>('select action from audit_entries where target_id = $1 order by created_at, id', [channelId])).map((r) => r.action);

  before(async () => {
    net = await startFixtureNetwork();
    t = await createTestApp({ connectors: fixtureRegistry() });
    let workspaceId: string;
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    config = { baseUrl: net.baseUrl, allowHosts: [net.host] };
  });
  after(async () => {
    await t.close();
    await net.close();
  });

  it('lists the connectors with their config schema and credential fields', async () => {
    const res = await owner.get('/api/v1/connectors');
    assert.equal(res.status, 200);
    const fixture = res.body.find((c: { id: string }) => c.id === 'fixture');
    assert.deepEqual(fixture.credentialFields, [{ name: 'token', label: 'Bot token', secret: true }]);
    assert.equal(fixture.configJsonSchema.properties.baseUrl.type, 'string');
    assert.equal(res.body.find((c: { id: string }) => c.id === 'fixture-oauth').auth, 'oauth2-pkce');
  });

  it('connects an account, reading who it is and its limits from the network', async () => {
    const res = await connect({ token: net.issueToken('alice') });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.displayName, 'Account alice');
    assert.equal(res.body.accountId, 'alice');
    assert.equal(res.body.accountHandle, '@alice');
    assert.equal(res.body.limits.text.maxLength, 777, 'limits come from the account, not the defaults');
    assert.equal(res.body.health, 'ok');
    assert.equal(res.body.status, 'active');
    assert.ok(res.body.lastCheckedAt);
    assert.equal(res.body.credentials, undefined);
    assert.deepEqual(await auditActions(res.body.id), ['channel.connect']);
  });

  it('updates the channel when the same account is connected again', async () => {
    const [first] = (await owner.get(`${base}/channels`)).body;
    const again = await connect({ token: net.issueToken('alice') }, { displayName: 'Alice again' });
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.id);
    assert.equal((await owner.get(`${base}/channels`)).body.length, 1);
  });

  it('maps connector errors to problems: bad credentials, refusal, rate limit, outage, bad config', async () => {
    const bad = await connect({ token: 'not-a-token' });
    assert.deepEqual([bad.status, bad.body.code], [422, 'channel_auth_failed']);
    net.failNext({ kind: 'rejected', reason: 'This account is suspended' });
    const refused = await connect({ token: net.issueToken('bob') });
    assert.deepEqual([refused.status, refused.body.code, refused.body.detail], [422, 'channel_rejected', 'This account is suspended']);
    net.failNext({ kind: 'rate_limited', retryAfterSeconds: 120 });
    const limited = await connect({ token: net.issueToken('bob') });
    assert.deepEqual([limited.status, limited.body.code, limited.headers.get('retry-after')], [503, 'channel_unreachable', '120']);
    net.failNext({ kind: 'transient' });
    assert.equal((await connect({ token: net.issueToken('bob') })).body.code, 'channel_unreachable');
    const badConfig = await owner.post(`${base}/channels`, { network: 'fixture', config: { baseUrl: 'nope' }, credentials: { token: 'x' } });
    assert.deepEqual([badConfig.status, badConfig.body.code], [400, 'validation_failed']);
    assert.match(badConfig.body.detail, /config\.baseUrl/);
    const noToken = await owner.post(`${base}/channels`, { network: 'fixture', config, credentials: {} });
    assert.match(noToken.body.detail, /credentials\.token/);
    const unknown = await owner.post(`${base}/channels`, { network: 'nowhere', config: {} });
    assert.deepEqual([unknown.status, unknown.body.code], [400, 'validation_failed']);
    // The loopback fixture without the allowlist is refused by safe fetch, before any request.
    const unlisted = await owner.post(`${base}/channels`, { network: 'fixture', config: { baseUrl: net.baseUrl }, credentials: { token: net.issueToken('bob') } });
    assert.deepEqual([unlisted.status, unlisted.body.code], [422, 'channel_rejected']);
    assert.equal((await owner.get(`${base}/channels`)).body.length, 1, 'no failed connect left a channel behind');
  });

  it('renames, tests, marks needs_reconnect, reconnects and disconnects, keeping the data', async () => {
    const bob = await connect({ token: net.issueToken('bob') });
    const id = bob.body.id;
    const renamed = await owner.patch(`${base}/channels/${id}`, { displayName: 'Bob on Fixture' });
    assert.equal(renamed.body.displayName, 'Bob on Fixture');
    const badConfig = await owner.patch(`${base}/channels/${id}`, { config: { baseUrl: 42 } });
    assert.equal(badConfig.status, 400);

    net.setMaxLength(999);
    const tested = await owner.post(`${base}/channels/${id}/test`);
    assert.equal(tested.status, 200);
    assert.equal(tested.body.limits.text.maxLength, 999, 'a test re-reads the limits');
    assert.equal(tested.body.health, 'ok');

    net.failNext({ kind: 'rate_limited', retryAfterSeconds: 600 });
    const limited = await owner.post(`${base}/channels/${id}/test`);
    assert.equal(limited.body.health, 'rate_limited');
    assert.ok(new Date(limited.body.rateLimitedUntil).getTime() > Date.now() + 500_000);

    net.revokeAll();
    const expired = await owner.post(`${base}/channels/${id}/test`);
    assert.deepEqual([expired.status, expired.body.health, expired.body.healthReason], [200, 'needs_reconnect', 'The access token is invalid']);

    const otherAccount = await owner.post(`${base}/channels/${id}/reconnect`, { credentials: { token: net.issueToken('mallory') } });
    assert.deepEqual([otherAccount.status, otherAccount.body.code], [422, 'channel_rejected']);
    const reconnected = await owner.post(`${base}/channels/${id}/reconnect`, { credentials: { token: net.issueToken('bob') } });
    assert.deepEqual([reconnected.status, reconnected.body.health, reconnected.body.healthReason], [200, 'ok', null]);

    await t.database.query(`insert into activities (id, workspace_id, channel_id, type, external_id, occurred_at) values (gen_random_uuid(), $1, $2, 'posted', 'p1', now())`, [base.split('/')[4], id]);
    assert.equal((await owner.delete(`${base}/channels/${id}`)).status, 204);
    const gone = await owner.get(`${base}/channels/${id}`);
    assert.equal(gone.body.status, 'disconnected');
    const [row] = await t.database.query<{ credentials: string | null; n: number }>('select credentials, (select count(*)::int from activities where channel_id = $1) as n from channels where id = $1', [id]);
    assert.deepEqual(row, { credentials: null, n: 1 });
    assert.equal((await owner.post(`${base}/channels/${id}/test`)).body.code, 'conflict');
    assert.equal((await owner.delete(`${base}/channels/${id}`)).status, 204, 'disconnecting twice is fine');

    assert.deepEqual(await auditActions(id), ['channel.connect', 'channel.update', 'channel.test', 'channel.test', 'channel.test', 'channel.reconnect', 'channel.disconnect']);
    const [health] = await t.database.query<{ after: { health: string; healthReason: string } }>(`select after from audit_entries where target_id = $1 and action = 'channel.test' order by created_at desc, id desc limit 1`, [id]);
    assert.equal(health!.after.health, 'needs_reconnect');
  });

  it('lets only roles with channels.manage connect', async () => {
    const { client: analyst } = await t.addMember(owner, base.split('/')[4]!, 'analyst@example.com', 'analyst');
    assert.equal((await analyst.post(`${base}/channels`, { network: 'fixture', config, credentials: { token: 'x' } })).status, 403);
    assert.equal((await analyst.get(`${base}/channels`)).status, 200);
  });
});
