// WEBHOOK_ALLOW_HOSTS: an operator can let outbound webhooks reach a named internal receiver,
// and only that one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReceiver } from '../../core/webhooks/testing/receiver.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

describe('outbound webhooks to internal receivers', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  before(async () => {
    receiver = await startReceiver(() => secret, [200]);
    t = await createTestApp({ env: { WEBHOOK_ALLOW_HOSTS: new URL(receiver.url).host } });
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  it('delivers to an allowed host with a valid signature, and still refuses any other private address', async () => {
    const { owner, workspaceId } = await t.setupOwner();
    const base = `/api/v1/workspaces/${workspaceId}`;
    const allowed = await owner.post(`${base}/webhooks`, { name: 'intranet', url: receiver.url, events: ['member.*'] });
    secret = allowed.body.secret;
    const test = await owner.post(`${base}/webhooks/${allowed.body.id}/test`);
    assert.deepEqual([test.body.status, test.body.lastStatusCode], ['delivered', 200]);
    assert.equal(receiver.received.length, 1);
    assert.ok(receiver.received[0]!.signatureOk);

    const other = await owner.post(`${base}/webhooks`, { name: 'elsewhere', url: 'http://127.0.0.2:9/hook', events: ['member.*'] });
    const refused = await owner.post(`${base}/webhooks/${other.body.id}/test`);
    assert.match(refused.body.lastError, /private or local address/);
  });
});
