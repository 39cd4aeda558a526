// Connector outcomes → channel health, and the /metrics gauge that counts channels by health.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { authExpired, rateLimited, rejected, transient } from '../../connectors/sdk/result.ts';
import { systemActor } from '../shared/context.ts';
import { FAILING_AFTER_MS, healthAfter, recordChannelOutcome } from './record-channel-outcome.ts';

const now = new Date('2026-11-23T12:00:00Z');
const healthy = { health: 'ok' as const, healthReason: null, rateLimitedUntil: null, lastCheckedAt: new Date(now.getTime() - 60_000) };
const background = { accountCheck: false };

describe('channel health from connector outcomes', () => {
  it('maps each error kind', () => {
    assert.deepEqual(healthAfter(healthy, authExpired('token revoked'), now, background), { health: 'needs_reconnect', healthReason: 'token revoked', rateLimitedUntil: null });
    assert.deepEqual(healthAfter(healthy, rateLimited(90, 'slow down'), now, background), { health: 'rate_limited', healthReason: 'slow down', rateLimitedUntil: new Date(now.getTime() + 90_000) });
    assert.deepEqual(healthAfter({ ...healthy, health: 'failing', healthReason: 'x' }, { ok: true }, now, background), { health: 'ok', healthReason: null, rateLimitedUntil: null, lastCheckedAt: now });
  });

  it('leaves health alone for a refused post, but not for a refused account', () => {
    assert.equal(healthAfter(healthy, rejected('text too long'), now, background), undefined);
    assert.deepEqual(healthAfter(healthy, rejected('account suspended'), now, { accountCheck: true }), { health: 'failing', healthReason: 'account suspended', rateLimitedUntil: null });
  });

  it('marks failing only on repeated transient errors, or at once on an explicit check', () => {
    assert.equal(healthAfter(healthy, transient('timeout'), now, background), undefined, 'one timeout after a recent success');
    const quiet = { ...healthy, lastCheckedAt: new Date(now.getTime() - FAILING_AFTER_MS) };
    assert.deepEqual(healthAfter(quiet, transient('timeout'), now, background), { health: 'failing', healthReason: 'timeout', rateLimitedUntil: null });
    assert.deepEqual(healthAfter(healthy, transient('503'), now, { accountCheck: true })?.health, 'failing');
    assert.equal(healthAfter({ ...healthy, health: 'needs_reconnect' }, transient('503'), now, background), undefined, 'a timeout says nothing about credentials');
  });
});

describe('recording outcomes and the /metrics gauge', () => {
  let t: TestApp;
  let workspaceId: string;
  before(async () => {
    t = await createTestApp();
    ({ workspaceId } = await t.setupOwner());
  });
  after(() => t.close());

  it('audits a change of health, and /metrics counts active channels by network and health', async () => {
    const db = t.database.db;
    const ctx = { db, clock: t.runtime.clock, actor: systemActor('test') };
    const a = await insertTestChannel(db, { workspaceId, network: 'mastodon' });
    const b = await insertTestChannel(db, { workspaceId, network: 'mastodon' });
    const c = await insertTestChannel(db, { workspaceId, network: 'discord' });
    const gone = await insertTestChannel(db, { workspaceId, network: 'discord' });
    await t.database.query(`update channels set status = 'disconnected' where id = $1`, [gone.id]);
    await recordChannelOutcome(ctx, { workspaceId, channelId: a.id }, authExpired('revoked'), { accountCheck: false });
    await recordChannelOutcome(ctx, { workspaceId, channelId: c.id }, rateLimited(300), { accountCheck: false });
    await recordChannelOutcome(ctx, { workspaceId, channelId: b.id }, { ok: true }, { accountCheck: false });
    const audit = await t.database.query<{ target_id: string; after: { health: string } }>(`select target_id, after from audit_entries where action = 'channel.health' order by created_at`);
    assert.deepEqual(audit.map((r) => [r.target_id, r.after.health]), [[a.id, 'needs_reconnect'], [c.id, 'rate_limited']], 'ok → ok is not a change');

    const res = await t.app.request('http://localhost/metrics');
    const gauge = (await res.text()).split('\n').filter((l) => l.startsWith('tandem_channels{')).sort();
    assert.deepEqual(gauge, [
      'tandem_channels{network="discord",health="rate_limited"} 1',
      'tandem_channels{network="mastodon",health="needs_reconnect"} 1',
      'tandem_channels{network="mastodon",health="ok"} 1',
    ]);
    // A rate limit that has run out counts as ok.
    await t.database.query(`update channels set rate_limited_until = now() - interval '1 minute' where id = $1`, [c.id]);
    const later = (await (await t.app.request('http://localhost/metrics')).text()).split('\n').filter((l) => l.startsWith('tandem_channels{network="discord"'));
    assert.deepEqual(later, ['tandem_channels{network="discord",health="ok"} 1']);
  });
});
