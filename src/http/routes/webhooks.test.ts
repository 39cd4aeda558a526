// Outbound webhooks end to end: the API (secret shown once, sealed at rest), the outbox fed by
// audited changes (only subscribed, active webhooks of that workspace), and delivery to a loopback
// receiver that checks signatures: retries with backoff on an injected clock, giving up, the log.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createSafeFetch } from '../../connectors/sdk/safe-fetch.ts';
import { systemActor } from '../../core/shared/context.ts';
import { deliverDueWebhooks } from '../../core/webhooks/deliver-due-webhooks.ts';
import { startReceiver } from '../../core/webhooks/testing/receiver.ts';
import { deliverWebhooks } from '../../jobs/deliver-webhooks.ts';
import type { JobCtx } from '../../jobs/define-job.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('outbound webhooks', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let current = new Date('2026-11-23T12:00:00Z');
  const advance = (seconds: number) => (current = new Date(current.getTime() + seconds * 1000));
  const secrets: string[] = [];

  async function createHook(input: { name: string; url: string; events: string[] }, at = base) {
    const res = await owner.post(`${at}/webhooks`, input);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    secrets.push(res.body.secret);
    return res.body as { id: string; secret: string };
  }
  const deliveriesOf = (webhookId: string) =>
    t.database.query<{ event: string; status: string; attempts: number }>('select event, status, attempts from webhook_deliveries where webhook_id = $1 order by created_at', [webhookId]);
  // Each delivery test starts from an empty outbox: earlier tests left deliveries to example.com.
  const emptyOutbox = () => t.database.query('delete from webhook_deliveries');
  const deliver = (allowHost: string) =>
    deliverDueWebhooks({ db: t.database.db, clock: t.runtime.clock, actor: systemActor(), keyring: t.runtime.keyring, fetch: createSafeFetch({ allowHosts: [allowHost], timeoutMs: 2_000 }), random: () => 0.5 });

  before(async () => {
    t = await createTestApp({ clock: { now: () => current } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
  });
  after(() => t.close());

  it('shows the signing secret once, never again, and keeps it sealed', async () => {
    const hook = await createHook({ name: 'CRM', url: 'https://crm.example.com/tandem', events: ['member.*', 'member.*'] });
    assert.match(hook.secret, /^whsec_[\w-]{43}$/);
    const listed = (await owner.get(`${base}/webhooks`)).body;
    assert.deepEqual(listed.map((w: object) => Object.keys(w).sort()), [['active', 'createdAt', 'events', 'id', 'name', 'url']]);
    assert.deepEqual(listed[0].events, ['member.*']);
    assert.equal((await owner.get(`${base}/webhooks/${hook.id}`)).body.secret, undefined);
    const patched = await owner.patch(`${base}/webhooks/${hook.id}`, { name: 'CRM sync' });
    assert.equal(patched.body.secret, undefined);

    const [raw] = await t.database.query<{ secret: string }>('select secret from outbound_webhooks where id = $1', [hook.id]);
    assert.match(raw!.secret, /^v1:/);
    const everything = JSON.stringify(await t.database.query('select * from outbound_webhooks')) + JSON.stringify(await t.database.query('select * from audit_entries'));
    assert.ok(!everything.includes(hook.secret), 'the secret is readable in the database');
  });

  it('refuses a URL that is not http(s) and an event pattern that is not one', async () => {
    for (const body of [{ name: 'x', url: 'ftp://example.com', events: ['*'] }, { name: 'x', url: 'https://example.com', events: ['Member Invite'] }, { name: 'x', url: 'https://example.com', events: [] }]) {
      const res = await owner.post(`${base}/webhooks`, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.code, 'validation_failed');
    }
  });

  it('turns an audited change into deliveries for subscribed, active webhooks of that workspace only', async () => {
    const members = await createHook({ name: 'members', url: 'https://a.example.com', events: ['member.invite'] });
    const channels = await createHook({ name: 'channels', url: 'https://b.example.com', events: ['channel.*'] });
    const paused = await createHook({ name: 'paused', url: 'https://c.example.com', events: ['*'] });
    assert.equal((await owner.patch(`${base}/webhooks/${paused.id}`, { active: false })).body.active, false);
    const otherWorkspace = (await owner.post('/api/v1/workspaces', { name: 'Other brand' })).body.id;
    const elsewhere = await createHook({ name: 'elsewhere', url: 'https://d.example.com', events: ['*'] }, `/api/v1/workspaces/${otherWorkspace}`);

    const invite = await owner.post(`${base}/invitations`, { email: 'new@example.com', role: 'analyst' });
    assert.equal(invite.status, 201);

    const invites = await t.database.query<{ webhook_id: string; payload: Record<string, any> }>(`select webhook_id, payload from webhook_deliveries where event = 'member.invite'`);
    // The first test's CRM hook hears `member.*`, this one `member.invite` exactly.
    const [crm] = (await owner.get(`${base}/webhooks`)).body;
    assert.deepEqual(invites.map((d) => d.webhook_id).sort(), [crm.id, members.id].sort());
    const payload = invites[0]!.payload;
    assert.deepEqual(Object.keys(payload).sort(), ['actor', 'after', 'event', 'id', 'occurredAt', 'target', 'workspaceId']);
    assert.equal(payload.event, 'member.invite');
    assert.equal(payload.workspaceId, workspaceId);
    assert.equal(payload.actor.type, 'user');
    assert.equal(payload.occurredAt, current.toISOString());
    assert.deepEqual(await deliveriesOf(channels.id), []);
    // The catch-all heard its own creation, then nothing once paused.
    assert.deepEqual((await deliveriesOf(paused.id)).map((d) => d.event), ['webhook.create']);
    // The other workspace's catch-all heard only its own creation.
    assert.deepEqual((await deliveriesOf(elsewhere.id)).map((d) => d.event), ['webhook.create']);
  });

  it('delivers signed; a 500 is retried after the backoff and then delivered', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, [500, 200]);
    try {
      const hook = await createHook({ name: 'flaky', url: receiver.url, events: ['workspace.update'] });
      secret = hook.secret;
      await emptyOutbox();
      await owner.patch(base, { name: 'Acme Renamed' });

      assert.deepEqual(await deliver(receiver.host), { delivered: 0, failed: 0, retrying: 1 });
      const [first] = receiver.received;
      assert.equal(first?.signatureOk, true);
      assert.equal(first.headers['x-tandem-event'], 'workspace.update');
      assert.equal(first.headers['x-tandem-timestamp'], String(current.getTime() / 1000));
      assert.match(String(first.headers['x-tandem-signature']), /^sha256=[0-9a-f]{64}$/);
      const log1 = (await owner.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items;
      assert.equal(log1.length, 1);
      assert.deepEqual([log1[0].status, log1[0].attempts, log1[0].lastStatusCode, log1[0].lastError], ['pending', 1, 500, 'the receiver answered HTTP 500']);
      assert.equal(log1[0].nextAttemptAt, new Date(current.getTime() + 60_000).toISOString());
      assert.equal(first.headers['x-tandem-delivery'], log1[0].id);

      // Not due yet: nothing is sent.
      advance(59);
      assert.deepEqual(await deliver(receiver.host), { delivered: 0, failed: 0, retrying: 0 });
      advance(1);
      assert.deepEqual(await deliver(receiver.host), { delivered: 1, failed: 0, retrying: 0 });
      assert.equal(receiver.received.length, 2);
      const [, second] = receiver.received;
      assert.equal(second?.signatureOk, true);
      // The same event (same body id) under the same delivery id: receivers can deduplicate.
      assert.equal(JSON.parse(second.body).id, JSON.parse(first.body).id);
      assert.equal(second.headers['x-tandem-delivery'], first.headers['x-tandem-delivery']);
      const [log2] = (await owner.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items;
      assert.deepEqual([log2.status, log2.attempts, log2.lastStatusCode, log2.lastError, log2.nextAttemptAt, log2.deliveredAt], ['delivered', 2, 200, null, null, current.toISOString()]);
      assert.equal(log2.payload.after.name, 'Acme Renamed');
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the last attempt and marks the delivery failed', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, [503]);
    try {
      const hook = await createHook({ name: 'down', url: receiver.url, events: ['token.create'] });
      secret = hook.secret;
      await emptyOutbox();
      await owner.post(`${base}/tokens`, { name: 'script', role: 'analyst' });
      const outcomes = [];
      for (let i = 0; i < 7; i++) {
        outcomes.push(await deliver(receiver.host));
        advance(13 * 3600);
      }
      assert.deepEqual(outcomes.map((o) => o.retrying), [1, 1, 1, 1, 1, 0, 0]);
      assert.deepEqual(outcomes.map((o) => o.failed), [0, 0, 0, 0, 0, 1, 0]);
      assert.equal(receiver.received.length, 6);
      const page1 = await owner.get(`${base}/webhooks/${hook.id}/deliveries?limit=1`);
      const [failed] = page1.body.items;
      assert.deepEqual([failed.status, failed.attempts, failed.lastStatusCode, failed.nextAttemptAt], ['failed', 6, 503, null]);
      assert.equal(page1.body.nextCursor, null);
    } finally {
      await receiver.close();
    }
  });

  it('sends a test event at once, refusing loopback targets outside tests, and the log shows it', async () => {
    const receiver = await startReceiver(() => '', [200]);
    try {
      const hook = await createHook({ name: 'local', url: receiver.url, events: ['nothing.*'] });
      const test = await owner.post(`${base}/webhooks/${hook.id}/test`);
      assert.equal(test.status, 200);
      assert.deepEqual([test.body.event, test.body.status, test.body.attempts, test.body.lastStatusCode], ['webhook.test', 'pending', 1, null]);
      assert.match(test.body.lastError, /private or local address/);
      assert.equal(receiver.received.length, 0);
      assert.equal((await owner.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items[0].id, test.body.id);
    } finally {
      await receiver.close();
    }
  });

  it('runs as a job that logs no secret, and deletes a webhook with its log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    advance(13 * 3600);
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor(), config: t.runtime.config, keyring: t.runtime.keyring, connectors: t.runtime.connectors, logger, jobId: 'job-1', retryCount: 0, signal: new AbortController().signal, send: async () => null } satisfies JobCtx;
    await deliverWebhooks.handler(ctx, {});
    // Everything due was attempted (the loopback test target is refused by the job's safe fetch).
    const due = await t.database.query<{ n: string }>(`select count(*) as n from webhook_deliveries where status = 'pending' and next_attempt_at <= $1`, [current]);
    assert.equal(Number(due[0]!.n), 0);
    const logged = lines.join('');
    for (const secret of secrets) assert.ok(!logged.includes(secret), 'a secret reached the logs');

    const [hook] = (await owner.get(`${base}/webhooks`)).body;
    assert.equal((await owner.delete(`${base}/webhooks/${hook.id}`)).status, 204);
    assert.equal((await owner.get(`${base}/webhooks/${hook.id}`)).status, 404);
    assert.deepEqual(await deliveriesOf(hook.id), []);
  });

  it('lets an analyst read webhooks and their log but not change them', async () => {
    const { client: analyst } = await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst');
    const [hook] = (await analyst.get(`${base}/webhooks`)).body;
    assert.equal((await analyst.get(`${base}/webhooks/${hook.id}/deliveries`)).status, 200);
    assert.equal((await analyst.patch(`${base}/webhooks/${hook.id}`, { active: false })).status, 403);
    assert.equal((await analyst.post(`${base}/webhooks/${hook.id}/test`)).status, 403);
  });
});
