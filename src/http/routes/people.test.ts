import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applySyncedFields } from '../../core/people/people.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

describe('people, identities and activities', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let channelId: string;
  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    channelId = (await insertTestChannel(t.runtime.database.db, { workspaceId, network: 'mastodon', displayName: 'Main' })).id;
  });
  after(() => t.close());

  it('finds people by name, e-mail and tag, newest first, page by page', async () => {
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) {
      await owner.post(`${base}/people`, { displayName: name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, tags: name.startsWith('A') ? ['a-team'] : [] });
    }
    assert.deepEqual((await owner.get(`${base}/people?q=hop`)).body.items.map((p: { displayName: string }) => p.displayName), ['Grace Hopper']);
    assert.deepEqual((await owner.get(`${base}/people?q=ADA@`)).body.items.map((p: { displayName: string }) => p.displayName), ['Ada Lovelace']);
    assert.deepEqual((await owner.get(`${base}/people?tag=a-team`)).body.items.map((p: { displayName: string }) => p.displayName), ['Alan Turing', 'Ada Lovelace']);
    const page1 = await owner.get(`${base}/people?limit=2`);
    const page2 = await owner.get(`${base}/people?limit=2&cursor=${page1.body.nextCursor}`);
    assert.deepEqual([...page1.body.items, ...page2.body.items].map((p: { displayName: string }) => p.displayName), ['Alan Turing', 'Grace Hopper', 'Ada Lovelace']);
    assert.equal(page2.body.nextCursor, null);
  });

  it('never lets sync overwrite a field edited by hand', async () => {
    const person = (await owner.post(`${base}/people`, { displayName: 'syncbot' })).body;
    await owner.patch(`${base}/people/${person.id}`, { email: 'real@example.com' });
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: { type: 'system' as const, id: null, label: 'sync' }, workspaceId, role: 'owner' as const };
    await applySyncedFields(ctx, person.id, { displayName: 'From network', email: 'synced@example.com', avatarUrl: 'https://example.com/a.png' });
    const after = (await owner.get(`${base}/people/${person.id}`)).body;
    // displayName was typed when the person was created by hand, e-mail edited later: both kept.
    assert.equal(after.displayName, 'syncbot');
    assert.equal(after.email, 'real@example.com');
    assert.equal(after.avatarUrl, 'https://example.com/a.png');
  });

  it('gives an external account to one person only', async () => {
    const a = (await owner.post(`${base}/people`, { displayName: 'A' })).body;
    const b = (await owner.post(`${base}/people`, { displayName: 'B' })).body;
    const identity = { network: 'bluesky', externalId: 'did:plc:abc', handle: 'a.bsky.social', verified: true };
    assert.equal((await owner.post(`${base}/people/${a.id}/identities`, identity)).status, 201);
    const taken = await owner.post(`${base}/people/${b.id}/identities`, identity);
    assert.equal(taken.status, 409);
    assert.equal(taken.body.personId, a.id);
    assert.equal((await owner.get(`${base}/people/${a.id}`)).body.identities[0].handle, 'a.bsky.social');
  });

  it('stores an activity once per (channel, type, external id) and shows it on the timeline', async () => {
    const person = (await owner.post(`${base}/people`, { displayName: 'Timeline' })).body;
    const activity = { channelId, personId: person.id, type: 'replied', externalId: '109', occurredAt: '2026-11-20T10:00:00Z', data: { text: 'hello' } };
    const first = await owner.post(`${base}/activities`, activity);
    const again = await owner.post(`${base}/activities`, { ...activity, data: { text: 'changed' } });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.data.text, 'hello');
    await owner.post(`${base}/activities`, { ...activity, type: 'mentioned', occurredAt: '2026-11-21T10:00:00Z' });
    const timeline = await owner.get(`${base}/people/${person.id}/activities`);
    assert.deepEqual(timeline.body.items.map((a: { type: string }) => a.type), ['mentioned', 'replied']);
    const stranger = '00000000-0000-4000-8000-000000000000';
    const unknownChannel = await owner.post(`${base}/activities`, { ...activity, externalId: '110', channelId: stranger });
    assert.deepEqual([unknownChannel.status, unknownChannel.body.detail], [404, 'Channel not found']);
    const unknownPerson = await owner.post(`${base}/activities`, { ...activity, externalId: '111', personId: stranger });
    assert.deepEqual([unknownPerson.status, unknownPerson.body.detail], [404, 'Person not found']);
    assert.equal((await owner.get(`${base}/people/${stranger}/activities`)).status, 404);
    assert.equal((await owner.get(`${base}/activities`)).body.items.length, 2, 'the refused activities were not stored');
  });

  it('keeps channel credentials encrypted in the database and out of every answer', async () => {
    const channel = await insertTestChannel(t.runtime.database.db, { workspaceId, keyring: t.runtime.keyring, network: 'webhook', displayName: 'Secret', credentials: { apiKey: 'very-secret-value-123' } });
    assert.doesNotMatch(JSON.stringify((await owner.get(`${base}/channels/${channel.id}`)).body), /very-secret/);
    assert.doesNotMatch(JSON.stringify((await owner.get(`${base}/channels`)).body), /very-secret/);
    const [row] = await t.database.query<{ credentials: string }>('select credentials from channels where id = $1', [channel.id]);
    assert.match(row!.credentials, /^v1:[0-9a-f]{8}:/);
    assert.doesNotMatch(row!.credentials, /very-secret/);
  });
});
