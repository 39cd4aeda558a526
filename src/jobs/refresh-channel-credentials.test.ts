// The refresh job through the queue: an expiring OAuth channel gets new tokens; a channel whose
// refresh the network refuses shows needs_reconnect and keeps its credentials row and its data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertWorkspace } from '../db/queries/workspaces.ts';
import { open } from '../crypto/secrets.ts';
import { newId } from '../core/shared/ids.ts';
import { fixtureRegistry } from '../core/channels/testing/fixture-connector.ts';
import { startFixtureNetwork, type FixtureNetwork } from '../core/channels/testing/fixture-network.ts';
import { insertTestChannel } from '../testing/test-channel.ts';
import { refreshChannelCredentials } from './refresh-channel-credentials.ts';
import { createJobHarness, waitFor, type JobHarness } from './testing/job-harness.ts';

describe('refresh channel credentials job', () => {
  let h: JobHarness;
  let net: FixtureNetwork;
  const workspaceId = newId();
  const ids: Record<'expiring' | 'revoked' | 'later', string> = { expiring: '', revoked: '', later: '' };
  const erin = { accessToken: '', refreshToken: '' };
  const row = async (id: string) =>
    (await h.database.query<{ health: string; health_reason: string | null; credentials: string | null; credentials_expire_at: Date | null }>('select health, health_reason, credentials, credentials_expire_at from channels where id = $1', [id]))[0]!;

  before(async () => {
    net = await startFixtureNetwork();
    h = await createJobHarness([refreshChannelCredentials]);
    h.runtime.connectors = fixtureRegistry();
    await insertWorkspace(h.runtime.database.db, { id: workspaceId, name: 'Refreshing' });
    const config = { baseUrl: net.baseUrl, allowHosts: [net.host] };
    const channel = async (accountId: string, minutes: number, refreshToken: string) => {
      const expiresAt = new Date(Date.now() + minutes * 60_000);
      const credentials = { kind: 'oauth2-pkce', accessToken: net.issueToken(accountId), refreshToken, expiresAt: expiresAt.toISOString() };
      return (await insertTestChannel(h.runtime.database.db, { workspaceId, network: 'fixture-oauth', config, keyring: h.runtime.keyring, credentials, credentialsExpireAt: expiresAt, accountId })).id;
    };
    erin.accessToken = net.issueToken('erin');
    erin.refreshToken = net.issueRefreshToken('erin');
    ids.expiring = await channel('erin', 5, erin.refreshToken);
    ids.revoked = await channel('frank', 20, 'rt-the-network-forgot');
    ids.later = await channel('gina', 120, net.issueRefreshToken('gina'));
    await h.database.query(`insert into activities (id, workspace_id, channel_id, type, external_id, occurred_at) values ($1, $2, $3, 'posted', 'kept', now())`, [newId(), workspaceId, ids.revoked]);
    await h.queue.work([refreshChannelCredentials]);
  });
  after(async () => {
    await h.close();
    await net.close();
  });

  it('runs every ten minutes', async () => {
    await h.queue.schedule([refreshChannelCredentials]);
    const schedules = await h.queue.boss.getSchedules();
    assert.deepEqual(schedules.map((s) => [s.name, s.cron]), [['channels.refresh-credentials', '*/10 * * * *']]);
  });

  it('refreshes channels expiring within 30 minutes, and marks a refused refresh needs_reconnect without losing data', async () => {
    const before = await row(ids.expiring);
    const untouched = await row(ids.later);
    await h.queue.send(refreshChannelCredentials, {});
    const refreshed = await waitFor('the expiring channel to be refreshed', async () => {
      const r = await row(ids.expiring);
      return r.credentials !== before.credentials ? r : undefined;
    });
    assert.ok(refreshed.credentials_expire_at!.getTime() > Date.now() + 50 * 60_000);
    const opened = JSON.parse(open(h.runtime.keyring, refreshed.credentials!)) as { accessToken: string; refreshToken: string };
    assert.ok(net.issued().includes(opened.accessToken) && net.issued().includes(opened.refreshToken));
    // The network rotates refresh tokens: keeping the spent one would break the next refresh.
    assert.notEqual(opened.refreshToken, erin.refreshToken);
    assert.notEqual(opened.accessToken, erin.accessToken);
    assert.equal(refreshed.health, 'ok');

    const revoked = await waitFor('the refused channel to need a reconnect', async () => {
      const r = await row(ids.revoked);
      return r.health === 'needs_reconnect' ? r : undefined;
    });
    assert.equal(revoked.health_reason, 'refused: invalid_grant');
    assert.ok(revoked.credentials, 'credentials are kept until someone reconnects');
    const [kept] = await h.database.query<{ n: number }>('select count(*)::int as n from activities where channel_id = $1', [ids.revoked]);
    assert.equal(kept!.n, 1);
    assert.deepEqual(await row(ids.later), untouched, 'a channel expiring in two hours is left alone');
    const audit = await h.database.query<{ action: string; target_id: string }>(`select action, target_id from audit_entries where workspace_id = $1 order by action`, [workspaceId]);
    assert.deepEqual(audit, [{ action: 'channel.credentials_refresh', target_id: ids.expiring }, { action: 'channel.health', target_id: ids.revoked }]);
  });
});
