// The directory, a person's profile, timeline and notes, through the API.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applySyncedFields } from '../../core/people/people.ts';
import { newId } from '../../core/shared/ids.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { peopleFixture, type PeopleFixture } from './people-fixture.ts';

describe('people directory, profile, timeline and notes', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let mastodon: string;
  let bluesky: string;
  let person: PeopleFixture['person'];
  let fx: PeopleFixture;
  const names = (res: { body: { items: { displayName: string }[] } }) => res.body.items.map((p) => p.displayName);
  const conversation = async (personId: string, status: string, text: string) => (await fx.conversation(personId, { status, text })).id;

  before(async () => {
    fx = await peopleFixture();
    ({ t, owner, workspaceId, base, mastodon, bluesky, person } = fx);
  });
  after(() => t.close());

  it('searches names by the start of any word, e-mails and handles on every network, and filters by network, staff and open conversations', async () => {
    const ada = await person('Ada Lovelace', { email: 'countess@example.com' });
    const grace = await person('Grace Hopper', { isStaff: true });
    const alan = await person('Alan Turing');
    await owner.post(`${base}/people/${ada.id}/identities`, { network: 'bluesky', externalId: 'did:plc:ada', handle: 'analytical.bsky.social', email: 'ada@engine.org' });
    await owner.post(`${base}/people/${alan.id}/identities`, { network: 'mastodon', externalId: '42', handle: 'enigma@mastodon.social' });
    await conversation(grace.id, 'open', 'Where is my compiler?');
    await conversation(alan.id, 'resolved', 'Thanks!');

    assert.deepEqual(names(await owner.get(`${base}/people?q=hop`)), ['Grace Hopper']);
    assert.deepEqual(names(await owner.get(`${base}/people?q=grace%20h`)), ['Grace Hopper']);
    assert.deepEqual(names(await owner.get(`${base}/people?q=COUNTESS@`)), ['Ada Lovelace'], 'the person e-mail');
    assert.deepEqual(names(await owner.get(`${base}/people?q=ada@engine`)), ['Ada Lovelace'], 'an identity e-mail');
    assert.deepEqual(names(await owner.get(`${base}/people?q=@analytical`)), ['Ada Lovelace'], 'a handle, with its @');
    assert.deepEqual(names(await owner.get(`${base}/people?q=enigma@mastodon`)), ['Alan Turing']);
    assert.deepEqual(names(await owner.get(`${base}/people?q=uring`)), [], 'words match from their start');
    assert.deepEqual(names(await owner.get(`${base}/people?q=${encodeURIComponent('%_')}`)), [], 'wildcards are text');
    // One character is always searched by walking the directory: the same matches, newest first.
    assert.deepEqual(names(await owner.get(`${base}/people?q=e`)), ['Alan Turing'], 'a handle');
    assert.deepEqual(names(await owner.get(`${base}/people?q=a`)), ['Alan Turing', 'Ada Lovelace']);
    assert.deepEqual(names(await owner.get(`${base}/people?q=c`)), ['Ada Lovelace'], 'the person e-mail');
    assert.deepEqual(names(await owner.get(`${base}/people?network=mastodon`)), ['Alan Turing']);
    assert.deepEqual(names(await owner.get(`${base}/people?staff=true`)), ['Grace Hopper']);
    assert.deepEqual(names(await owner.get(`${base}/people?hasOpenConversation=true`)), ['Grace Hopper']);
    const listed = (await owner.get(`${base}/people?q=ada`)).body.items[0];
    assert.deepEqual(listed.identities, [{ network: 'bluesky', handle: 'analytical.bsky.social', verified: false }]);
    assert.equal(listed.lastActivityAt, null);
    assert.equal((await owner.get(`${base}/people?staff=maybe`)).status, 400);
  });

  it('shows the profile: identities, tags, custom fields, notes, open conversations only', async () => {
    const p = await person('Katherine Johnson', { tags: ['vip'], customFields: { plan: 'pro' } });
    await owner.post(`${base}/people/${p.id}/identities`, { network: 'mastodon', externalId: 'kj', handle: 'kj@nasa.social', displayName: 'KJ', profileUrls: ['https://kj.example'] });
    const open = await conversation(p.id, 'pending', 'Orbit numbers?');
    await conversation(p.id, 'resolved', 'All good');
    const note = await owner.post(`${base}/people/${p.id}/notes`, { body: '  Prefers e-mail  ' });
    assert.equal(note.status, 201);
    assert.deepEqual([note.body.body, note.body.authorName], ['Prefers e-mail', 'Olivia Owner']);
    const profile = (await owner.get(`${base}/people/${p.id}/profile`)).body;
    assert.equal(profile.person.id, p.id);
    assert.equal(profile.redirectedFrom, null);
    assert.deepEqual(profile.tags, ['vip']);
    assert.deepEqual(profile.customFields, { plan: 'pro' });
    assert.deepEqual(profile.identities.map((i: { handle: string; profileUrls: string[] }) => [i.handle, i.profileUrls]), [['kj@nasa.social', ['https://kj.example']]]);
    assert.deepEqual(profile.notes.map((n: { body: string }) => n.body), ['Prefers e-mail']);
    assert.deepEqual(profile.openConversations.map((c: { id: string; status: string; lastMessageText: string; channel: { network: string } }) => [c.id, c.status, c.lastMessageText, c.channel.network]), [[open, 'pending', 'Orbit numbers?', 'mastodon']]);
    assert.deepEqual(profile.merges, []);
    assert.equal((await owner.get(`${base}/people/${newId()}/profile`)).status, 404);
  });

  it('lets only the author (or an owner or admin) delete a note, and refuses an empty one', async () => {
    const p = await person('Dorothy Vaughan');
    const { client: cm } = await t.addMember(owner, workspaceId, 'cm@example.com', 'community_manager');
    const mine = (await cm.post(`${base}/people/${p.id}/notes`, { body: 'Mine' })).body;
    const owners = (await owner.post(`${base}/people/${p.id}/notes`, { body: "The owner's" })).body;
    const refused = await cm.delete(`${base}/people/${p.id}/notes/${owners.id}`);
    assert.deepEqual([refused.status, refused.body.code], [403, 'not_note_author']);
    assert.equal((await cm.delete(`${base}/people/${p.id}/notes/${mine.id}`)).status, 204);
    assert.equal((await cm.delete(`${base}/people/${p.id}/notes/${mine.id}`)).status, 404);
    assert.equal((await owner.delete(`${base}/people/${p.id}/notes/${owners.id}`)).status, 204);
    assert.equal((await owner.post(`${base}/people/${p.id}/notes`, { body: '   ' })).status, 400);
    const { client: analyst } = await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst');
    assert.equal((await analyst.post(`${base}/people/${p.id}/notes`, { body: 'x' })).status, 403);
    assert.equal((await analyst.get(`${base}/people/${p.id}/notes`)).status, 200);
  });

  it('pages the timeline across channels newest first, with each channel, and instants shared by several activities', async () => {
    const p = await person('Mary Jackson');
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 12, 0, Math.floor(i / 2))).toISOString();
    for (let i = 0; i < 7; i++) {
      const res = await owner.post(`${base}/activities`, { channelId: i % 2 ? bluesky : mastodon, personId: p.id, type: i % 3 ? 'replied' : 'mentioned', externalId: `tl-${i}`, occurredAt: at(i) });
      assert.equal(res.status, 201);
    }
    const seen: { externalId: string; occurredAt: string; channel: { network: string; displayName: string } }[] = [];
    let cursor: string | null = null;
    do {
      const res = await owner.get(`${base}/people/${p.id}/timeline?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 7);
    assert.equal(new Set(seen.map((a) => a.externalId)).size, 7, 'no activity twice across pages');
    assert.deepEqual(seen.map((a) => a.occurredAt), [...seen.map((a) => a.occurredAt)].sort().reverse());
    assert.deepEqual([seen[0]!.externalId, seen[0]!.channel], ['tl-6', { id: mastodon, network: 'mastodon', displayName: 'Fediverse' }]);
    assert.deepEqual(seen[1]!.channel, { id: bluesky, network: 'bluesky', displayName: 'Sky' });
    assert.equal((await owner.get(`${base}/people/${p.id}/timeline?cursor=nonsense`)).status, 400);
    assert.equal((await owner.get(`${base}/people/${newId()}/timeline`)).status, 404);
    assert.ok((await owner.get(`${base}/people?q=mary`)).body.items[0].lastActivityAt);
  });

  it('keeps manual edits through sync, whatever the connector says later', async () => {
    const p = await person('Synced');
    await owner.patch(`${base}/people/${p.id}`, { email: 'typed@example.com', tags: ['kept'] });
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: { type: 'system' as const, id: null, label: 'sync' }, workspaceId, role: 'owner' as const };
    await applySyncedFields(ctx, p.id, { displayName: 'Network name', email: 'network@example.com', avatarUrl: 'https://example.com/a.png', tags: [] });
    const row = (await owner.get(`${base}/people/${p.id}`)).body;
    assert.deepEqual([row.displayName, row.email, row.tags, row.avatarUrl], ['Synced', 'typed@example.com', ['kept'], 'https://example.com/a.png']);
    assert.deepEqual([...row.manualFields].sort(), ['displayName', 'email', 'tags']);
  });
});
