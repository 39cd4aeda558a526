// Merging people through the API: the review queue, merge and unmerge with the journal, and the
// refusals with their codes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../core/shared/ids.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { peopleFixture, type PeopleFixture } from './people-fixture.ts';

describe('people merges', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let mastodon: string;
  let bluesky: string;
  let person: PeopleFixture['person'];
  let fx: PeopleFixture;

  const identity = (personId: string, body: Record<string, unknown>) => owner.post(`${base}/people/${personId}/identities`, body);
  const personIdsOf = async (table: string, ids: string[]) => (await t.database.query<{ person_id: string }>(`select person_id from ${table} where id = any($1::uuid[]) order by id`, [ids])).map((r) => r.person_id);

  /** The pending suggestion for the pair, from the review queue. */
  async function queued(a: string, b: string) {
    const queue = (await owner.get(`${base}/people/merge-suggestions?status=pending`)).body;
    const item = queue.items.find((s: { person: { id: string }; otherPerson: { id: string } }) => [s.person.id, s.otherPerson.id].sort().join() === [a, b].sort().join());
    assert.ok(item, 'the pair is in the queue');
    return item;
  }

  /** A person with something in every table a merge moves. */
  async function populated(name: string, network: string, channelId: string, extra: Record<string, unknown> = {}) {
    const p = await person(name, extra);
    const ident = (await identity(p.id, { network, externalId: `${name}-${network}`, handle: `${name.toLowerCase().replace(/\s/g, '')}.${network}.example` })).body.id as string;
    const activity = (await owner.post(`${base}/activities`, { channelId, personId: p.id, type: 'replied', externalId: `${name}-act`, occurredAt: new Date().toISOString() })).body.id as string;
    const { id: conversation, messageId: message } = await fx.conversation(p.id, { channelId });
    const note = (await owner.post(`${base}/people/${p.id}/notes`, { body: `About ${name}` })).body.id as string;
    return { id: p.id, rows: { identities: [ident], activities: [activity], conversations: [conversation], messages: [message], person_notes: [note] } };
  }

  before(async () => {
    fx = await peopleFixture();
    ({ t, owner, workspaceId, base, mastodon, bluesky, person } = fx);
  });
  after(() => t.close());

  it('queues suggestions with both people and the reasons, and a dismissed pair never comes back', async () => {
    const a = await person('Hedy Lamarr');
    const b = await person('Hedy Lamarr');
    await identity(a.id, { network: 'mastodon', externalId: 'hedy', handle: 'hedy@mastodon.social' });
    await identity(b.id, { network: 'bluesky', externalId: 'did:plc:hedy', handle: 'hedy.bsky.social' });
    const rescan = await owner.post(`${base}/people/merge-suggestions/rescan`, {});
    assert.deepEqual([rescan.status, rescan.body.queued, rescan.body.autoMerged], [202, false, 0]);
    const item = await queued(a.id, b.id);
    assert.deepEqual(item.reasons.map((r: { rule: string }) => r.rule), ['same_handle', 'similar_name']);
    assert.ok(item.person.identities.length === 1 && item.otherPerson.identities.length === 1);
    const { client: analyst } = await t.addMember(owner, workspaceId, 'analyst@example.com', 'analyst');
    assert.equal((await analyst.get(`${base}/people/merge-suggestions`)).status, 200);
    assert.equal((await analyst.post(`${base}/people/merge-suggestions/${item.id}/dismiss`, {})).status, 403);
    const dismissed = await owner.post(`${base}/people/merge-suggestions/${item.id}/dismiss`, {});
    assert.deepEqual([dismissed.status, dismissed.body.status], [200, 'dismissed']);
    const again = await owner.post(`${base}/people/merge-suggestions/${item.id}/merge`, {});
    assert.deepEqual([again.status, again.body.code], [409, 'suggestion_decided']);
    await owner.post(`${base}/people/merge-suggestions/rescan`, {});
    const after = (await owner.get(`${base}/people/merge-suggestions`)).body.items;
    assert.ok(!after.some((s: { id: string }) => s.id === item.id));
  });

  it('merges a suggested pair: the older person is kept unless keepPersonId names the other, never someone outside the pair', async () => {
    const twins = async (name: string) => {
      const a = await person(name);
      const b = await person(name);
      const handle = name.toLowerCase().replace(/\s/g, '');
      await identity(a.id, { network: 'mastodon', externalId: `${handle}-m`, handle: `${handle}@mastodon.social` });
      await identity(b.id, { network: 'bluesky', externalId: `${handle}-b`, handle: `${handle}.bsky.social` });
      return [a.id, b.id] as const;
    };
    const [older, newer] = await twins('Mary Somerville');
    const [first, second] = await twins('Emmy Noether');
    await owner.post(`${base}/people/merge-suggestions/rescan`, {});
    const mary = await queued(older, newer);
    const emmy = await queued(first, second);

    const outside = await owner.post(`${base}/people/merge-suggestions/${mary.id}/merge`, { keepPersonId: first });
    assert.deepEqual([outside.status, outside.body.code], [400, 'validation_failed']);
    const byDefault = await owner.post(`${base}/people/merge-suggestions/${mary.id}/merge`, {});
    assert.equal(byDefault.status, 200, JSON.stringify(byDefault.body));
    assert.deepEqual([byDefault.body.keptPersonId, byDefault.body.mergedPersonId, byDefault.body.suggestionId], [older, newer, mary.id]);
    assert.equal((await owner.get(`${base}/people/${newer}`)).body.mergedIntoId, older);

    const chosen = await owner.post(`${base}/people/merge-suggestions/${emmy.id}/merge`, { keepPersonId: second });
    assert.deepEqual([chosen.body.keptPersonId, chosen.body.mergedPersonId], [second, first]);
    assert.equal((await owner.get(`${base}/people/${first}`)).body.mergedIntoId, second);
    assert.deepEqual((await owner.get(`${base}/people/${second}`)).body.identities.map((i: { network: string }) => i.network).sort(), ['bluesky', 'mastodon']);
    const [decided] = await t.database.query<{ status: string }>(`select status from merge_suggestions where id = $1`, [emmy.id]);
    assert.equal(decided!.status, 'merged');
  });

  it('merges B into A: every row moves, tags unite, blanks fill and A’s values win; B still resolves', async () => {
    const a = await populated('Annie Easley', 'mastodon', mastodon, { tags: ['nasa'], email: null, customFields: { plan: 'free' } });
    const b = await populated('Annie E', 'bluesky', bluesky, { tags: ['coder'], email: 'annie@example.com', avatarUrl: 'https://example.com/annie.png', customFields: { plan: 'pro', city: 'Cleveland' } });
    const merged = await owner.post(`${base}/people/${a.id}/merge`, { otherPersonId: b.id });
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.equal(merged.body.moved, undefined, 'the journal stays out of the answer');
    const kept = merged.body.keptPerson;
    assert.deepEqual([kept.tags, kept.email, kept.avatarUrl, kept.customFields], [['nasa', 'coder'], 'annie@example.com', 'https://example.com/annie.png', { plan: 'free', city: 'Cleveland' }]);
    for (const [table, ids] of Object.entries(b.rows)) assert.deepEqual(await personIdsOf(table, ids), [a.id], `${table} moved to A`);

    const asB = (await owner.get(`${base}/people/${b.id}`)).body;
    assert.equal(asB.mergedIntoId, a.id);
    const profile = (await owner.get(`${base}/people/${b.id}/profile`)).body;
    assert.deepEqual([profile.person.id, profile.redirectedFrom, profile.identities.length, profile.notes.length, profile.openConversations.length], [a.id, b.id, 2, 2, 2]);
    assert.equal(profile.merges[0].mergedPerson.displayName, 'Annie E');
    const timeline = (await owner.get(`${base}/people/${a.id}/timeline`)).body.items;
    assert.deepEqual(timeline.map((i: { channel: { network: string } }) => i.channel.network).sort(), ['bluesky', 'mastodon']);
    assert.ok(!(await owner.get(`${base}/people?q=annie`)).body.items.some((p: { id: string }) => p.id === b.id), 'B leaves the directory');
    const edit = await owner.patch(`${base}/people/${b.id}`, { tags: ['x'] });
    assert.deepEqual([edit.status, edit.body.code], [409, 'person_merged']);
    const history = (await owner.get(`${base}/people/${b.id}/merges`)).body.items;
    assert.deepEqual(history[0].moved, { identities: 1, activities: 1, conversations: 1, messages: 1, notes: 1 });
    const [audit] = await t.database.query<{ after: { mergedPersonId: string } }>(`select after from audit_entries where action = 'person.merge' and target_id = $1`, [a.id]);
    assert.equal(audit!.after.mergedPersonId, b.id);
  });

  it('unmerges exactly what moved, restores A but keeps a later edit, and does not suggest the pair again', async () => {
    const a = await populated('Evelyn Boyd', 'mastodon', mastodon, { tags: ['math'] });
    const b = await populated('Evelyn Granville', 'bluesky', bluesky, { tags: ['ibm'], email: 'evelyn@example.com' });
    const mergeId = (await owner.post(`${base}/people/${a.id}/merge`, { otherPersonId: b.id })).body.id;
    // After the merge: a new note on A (stays with A) and an edit of A's tags by hand (kept).
    const later = (await owner.post(`${base}/people/${a.id}/notes`, { body: 'After the merge' })).body.id;
    await owner.patch(`${base}/people/${a.id}`, { tags: ['math', 'ibm', 'vip'] });
    const undone = await owner.post(`${base}/people/merges/${mergeId}/undo`, {});
    assert.equal(undone.status, 200, JSON.stringify(undone.body));
    for (const [table, ids] of Object.entries(b.rows)) assert.deepEqual(await personIdsOf(table, ids), [b.id], `${table} back on B`);
    for (const [table, ids] of Object.entries(a.rows)) assert.deepEqual(await personIdsOf(table, ids), [a.id], `${table} still on A`);
    assert.deepEqual(await personIdsOf('person_notes', [later]), [a.id]);
    const restoredA = (await owner.get(`${base}/people/${a.id}`)).body;
    assert.deepEqual([restoredA.email, restoredA.tags], [null, ['math', 'vip']], 'the merge’s e-mail and tag go, the hand-added tag stays');
    assert.equal((await owner.get(`${base}/people/${b.id}`)).body.mergedIntoId, null);
    const twice = await owner.post(`${base}/people/merges/${mergeId}/undo`, {});
    assert.deepEqual([twice.status, twice.body.code], [409, 'merge_undone']);
    const [pair] = await t.database.query<{ status: string }>(`select status from merge_suggestions where person_id = any($1::uuid[]) and other_person_id = any($1::uuid[])`, [[a.id, b.id]]);
    assert.equal(pair!.status, 'dismissed');
    assert.equal((await owner.get(`${base}/people/${a.id}/merges`)).body.items[0].unmergedAt !== null, true);
  });

  it('refuses a merge into oneself, into or of a merged person, across workspaces, and an undo that a later merge blocks', async () => {
    const a = await person('One');
    const b = await person('Two');
    const c = await person('Three');
    const self = await owner.post(`${base}/people/${a.id}/merge`, { otherPersonId: a.id });
    assert.deepEqual([self.status, self.body.code], [422, 'merge_into_self']);
    const first = (await owner.post(`${base}/people/${a.id}/merge`, { otherPersonId: b.id })).body.id;
    const intoMerged = await owner.post(`${base}/people/${b.id}/merge`, { otherPersonId: c.id });
    assert.deepEqual([intoMerged.status, intoMerged.body.code], [409, 'merge_target_merged']);
    const ofMerged = await owner.post(`${base}/people/${c.id}/merge`, { otherPersonId: b.id });
    assert.deepEqual([ofMerged.status, ofMerged.body.code], [409, 'person_merged']);
    // A goes into C: B's merge into A can only be undone after that one.
    const second = (await owner.post(`${base}/people/${c.id}/merge`, { otherPersonId: a.id })).body.id;
    const blocked = await owner.post(`${base}/people/merges/${first}/undo`, {});
    assert.deepEqual([blocked.status, blocked.body.code], [409, 'merge_blocked']);
    assert.equal((await owner.get(`${base}/people/${b.id}/profile`)).body.person.id, c.id, 'a chain of merges resolves to the last person');
    assert.equal((await owner.post(`${base}/people/merges/${second}/undo`, {})).status, 200);
    assert.equal((await owner.post(`${base}/people/merges/${first}/undo`, {})).status, 200);

    const { owner: other, workspaceId: otherWs } = await (async () => {
      const { client } = await t.addMember(owner, workspaceId, 'neighbour@example.com', 'analyst');
      const ws = (await client.post('/api/v1/workspaces', { name: 'Neighbour' })).body.id as string;
      return { owner: client, workspaceId: ws };
    })();
    const stranger = (await other.post(`/api/v1/workspaces/${otherWs}/people`, { displayName: 'Stranger' })).body.id;
    const across = await owner.post(`${base}/people/${a.id}/merge`, { otherPersonId: stranger });
    assert.deepEqual([across.status, across.body.code], [404, 'not_found']);
    assert.equal((await owner.post(`${base}/people/merges/${newId()}/undo`, {})).status, 404);
  });
});
