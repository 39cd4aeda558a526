// POST /hooks/{channelId}: signed events are stored once with one activity each; every way of
// getting it wrong gets a clear problem code and stores nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sign } from '../../core/webhooks/signature.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const secret = 'a-webhook-secret-of-at-least-32-characters';
const now = new Date('2026-11-23T12:00:00Z');
const nowSeconds = now.getTime() / 1000;

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'mention',
  occurredAt: '2026-11-23T11:59:00Z',
  author: { id: 'forum:42', handle: 'ada', displayName: 'Ada Lovelace' },
  text: 'Hello @acme, is the API down?',
  url: 'https://forum.example.com/t/1#42',
  ...extra,
});

describe('inbound webhook endpoint', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let channelId: string;

  async function push(body: string, headers: Record<string, string> = {}, id = channelId) {
    const res = await t.app.request(`http://localhost/hooks/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, body: (await res.json()) as any };
  }
  const signed = (body: string, at = nowSeconds, key = secret) => ({ 'x-tandem-timestamp': String(at), 'x-tandem-signature': sign(key, at, body) });
  const count = async (table: string) => Number((await t.database.query<{ n: string }>(`select count(*) as n from ${table}`))[0]!.n);

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    let workspaceId: string;
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    const res = await owner.post(`${base}/channels`, { network: 'webhook', displayName: 'Forum', credentials: { secret } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    channelId = res.body.id;
  });
  after(() => t.close());

  it('stores a signed event once, with one activity of a person found by the author id', async () => {
    const body = JSON.stringify(event('evt-1'));
    const first = await push(body, signed(body));
    assert.equal(first.status, 202, JSON.stringify(first.body));
    assert.equal(first.body.duplicate, false);
    // The sender retries (a new timestamp, so a new signature): same id, nothing new.
    const again = await push(body, signed(body, nowSeconds + 30));
    assert.deepEqual(again, { status: 202, body: { id: first.body.id, duplicate: true } });

    assert.equal(await count('inbound_events'), 1);
    const activities = await t.database.query<{ type: string; external_id: string; person_id: string }>('select type, external_id, person_id from activities');
    assert.deepEqual(activities.map((a) => [a.type, a.external_id]), [['mentioned', 'evt-1']]);
    const identity = await t.database.query<{ person_id: string; network: string; handle: string }>(`select person_id, network, handle from identities where external_id = 'forum:42'`);
    assert.deepEqual(identity.map((i) => [i.network, i.handle, i.person_id]), [['webhook', 'ada', activities[0]!.person_id]]);

    // A second event by the same author lands on the same person.
    const reply = JSON.stringify(event('evt-2', { type: 'reply', inReplyTo: 'evt-1' }));
    assert.equal((await push(reply, signed(reply))).status, 202);
    const people = await t.database.query<{ n: string }>(`select count(distinct person_id) as n from activities`);
    assert.equal(Number(people[0]!.n), 1);
    assert.equal((await owner.get(`${base}/people/${activities[0]!.person_id}`)).body.displayName, 'Ada Lovelace');
  });

  it('refuses missing, wrong and stale signatures with 401 and stores nothing', async () => {
    const before = await count('inbound_events');
    const body = JSON.stringify(event('evt-bad'));
    const cases: Array<[Record<string, string>, string]> = [
      [{}, 'signature_missing'],
      [signed(body, nowSeconds, 'another-secret-of-at-least-32-characters!!'), 'signature_invalid'],
      [{ ...signed(body), 'x-tandem-signature': 'sha256=00' }, 'signature_invalid'],
      [{ ...signed(body), 'x-tandem-timestamp': String(nowSeconds + 1) }, 'signature_invalid'],
      [signed(body, nowSeconds - 301), 'signature_expired'],
      [signed(body, nowSeconds + 301), 'signature_expired'],
    ];
    for (const [headers, code] of cases) {
      const res = await push(body, headers);
      assert.equal(res.status, 401, code);
      assert.equal(res.body.code, code);
    }
    // Signed, then altered in transit.
    const tampered = await push(body.replace('down', 'up'), signed(body));
    assert.equal(tampered.body.code, 'signature_invalid');
    assert.equal(await count('inbound_events'), before);
  });

  it('answers 413 past 256 KiB and 400 naming the field for a malformed event', async () => {
    const before = await count('inbound_events');
    const huge = JSON.stringify(event('evt-huge', { text: 'x'.repeat(300 * 1024) }));
    const tooBig = await push(huge, signed(huge));
    assert.equal(tooBig.status, 413);
    assert.equal(tooBig.body.code, 'payload_too_large');

    const noAuthor = JSON.stringify({ ...event('evt-x'), author: {} });
    const invalid = await push(noAuthor, signed(noAuthor));
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.code, 'event_invalid');
    assert.deepEqual(invalid.body.errors.map((e: { path: string }) => e.path), ['author.id']);

    const badType = JSON.stringify(event('evt-y', { type: 'shout' }));
    assert.deepEqual((await push(badType, signed(badType))).body.errors.map((e: { path: string }) => e.path), ['type']);

    const notJson = 'id=1&type=mention';
    const res = await push(notJson, signed(notJson));
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'event_invalid');
    assert.equal(await count('inbound_events'), before);
  });

  it('answers the same 404 for an unknown id, a channel of another network and a disconnected channel', async () => {
    const body = JSON.stringify(event('evt-404'));
    const other = await owner.post(`${base}/channels`, { network: 'webhook', displayName: 'Old', credentials: { secret } });
    assert.equal((await owner.delete(`${base}/channels/${other.body.id}`)).status, 204);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', other.body.id]) {
      const res = await push(body, signed(body), id);
      assert.equal(res.status, 404, id);
      assert.equal(res.body.code, 'channel_not_found');
      assert.equal(res.body.detail, 'No webhook endpoint here');
    }
  });
});
