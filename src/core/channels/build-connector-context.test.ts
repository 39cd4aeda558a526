// The context a stored channel's connector is called with, against the database: events pushed
// to a webhook channel come back through ctx.inbound page by page, each once, in arrival order
// (ties on the arrival time broken by id), and only that channel's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { webhookConnector } from '../../connectors/webhook/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { systemActor } from '../shared/context.ts';
import { sign } from '../webhooks/signature.ts';
import { buildConnectorContext } from './build-connector-context.ts';
import { loadChannel } from './load-channel.ts';

const secret = 'a-webhook-secret-of-at-least-32-characters';

describe('connector context of a stored channel', () => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: string;
  let current = new Date('2026-11-23T12:00:00Z');

  const connectWebhook = async (displayName: string) => {
    const res = await owner.post(`/api/v1/workspaces/${workspaceId}/channels`, { network: 'webhook', displayName, credentials: { secret } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const push = async (channelId: string, id: string) => {
    const body = JSON.stringify({ id, type: 'message', occurredAt: current.toISOString(), author: { id: 'someone' }, text: id });
    const at = current.getTime() / 1000;
    const res = await t.app.request(`http://localhost/hooks/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tandem-timestamp': String(at), 'x-tandem-signature': sign(secret, at, body) }, body });
    assert.equal(res.status, 202);
  };
  const inboxOf = async (channelId: string) => {
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), keyring: t.runtime.keyring, connectors: t.runtime.connectors };
    const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, workspaceId, channelId);
    assert.equal(connector.manifest.id, webhookConnector.manifest.id);
    return (input: { cursor: string | null; limit: number }) => connector.fetchInbox!(buildConnectorContext(ctx, connector, channel), input);
  };

  before(async () => {
    t = await createTestApp({ clock: { now: () => current } });
    ({ owner, workspaceId } = await t.setupOwner());
  });
  after(() => t.close());

  it('reads what was pushed, page by page from the stored cursor, and only this channel’s', async () => {
    const channelId = await connectWebhook('Forum');
    const otherId = await connectWebhook('Shop');
    // Three events at the same instant: the cursor must not skip or repeat one of them.
    for (const id of ['e1', 'e2', 'e3']) await push(channelId, id);
    await push(otherId, 'elsewhere');
    const fetchInbox = await inboxOf(channelId);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await fetchInbox({ cursor, limit: 2 });
      assert.ok(result.ok);
      seen.push(...result.value.items.map((i) => i.externalId));
      cursor = result.value.nextCursor;
      if (!result.value.hasMore) break;
    }
    assert.deepEqual(seen, ['e1', 'e2', 'e3']);

    current = new Date(current.getTime() + 1_000);
    await push(channelId, 'e4');
    const later = await fetchInbox({ cursor, limit: 2 });
    assert.deepEqual(later.ok && [later.value.items.map((i) => i.externalId), later.value.hasMore], [['e4'], false]);
    const nothingNew = await fetchInbox({ cursor: later.ok ? later.value.nextCursor : null, limit: 2 });
    assert.deepEqual(nothingNew.ok && nothingNew.value.items, []);
  });
});
