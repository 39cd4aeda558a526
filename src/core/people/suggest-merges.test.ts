// Merge suggestions on a real database: which pairs are found, stored once, never again once
// decided, merged automatically only on a verified e-mail with no network in common.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { suggestMergesJob } from '../../jobs/suggest-merges.ts';
import { rescanMergeSuggestionsJob } from '../../jobs/suggest-merges-rescan.ts';
import { rescanMergeSuggestionsPage } from './rescan-merge-suggestions.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { createWorkspace } from '../workspaces/create-workspace.ts';
import { systemActor, systemClock, type WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { addIdentity, type NewIdentity } from './identities.ts';
import { createPerson, updatePerson } from './people.ts';
import { suggestMerges } from './suggest-merges.ts';

describe('suggestMerges', () => {
  let database: TestDatabase;
  let ctx: WorkspaceCtx;

  const person = async (displayName: string, identities: NewIdentity[] = [], email?: string) => {
    const p = await createPerson(ctx, { displayName, ...(email ? { email } : {}) });
    for (const i of identities) await addIdentity(ctx, p.id, i);
    return p.id;
  };
  const suggestions = () => database.query<{ person_id: string; other_person_id: string; status: string; confidence: number; reasons: { rule: string }[] }>('select * from merge_suggestions where workspace_id = $1 order by confidence desc', [ctx.workspaceId]);
  const mergedInto = async (id: string) => (await database.query<{ merged_into_id: string | null }>('select merged_into_id from people where id = $1', [id]))[0]!.merged_into_id;

  before(async () => {
    database = await createTestDatabase();
    const userId = newId();
    await database.query(`insert into users (id, email, name, password_hash) values ($1, 'o@example.com', 'O', 'x')`, [userId]);
    const base = { db: database.db, clock: systemClock, actor: systemActor('test') };
    const ws = await createWorkspace(base, { name: 'Acme', ownerId: userId });
    ctx = { ...base, workspaceId: ws.id, role: 'owner' };
  });
  after(() => database.close());

  it('suggests a pair once, with every reason, and refreshes it while pending', async () => {
    const a = await person('Ada Lovelace', [{ network: 'bluesky', externalId: 'did:plc:ada', handle: 'countess.bsky.social', profileUrls: ['https://ada.dev/'] }]);
    const b = await person('Ada Lovelace', [{ network: 'mastodon', externalId: 'ada-1', handle: 'countess@mastodon.social', profileUrls: ['http://www.ada.dev'] }]);
    const result = await suggestMerges(ctx, [b]);
    assert.deepEqual([result.suggested, result.autoMerged], [1, []]);
    const [s] = await suggestions();
    assert.deepEqual([s!.person_id, s!.other_person_id], a < b ? [a, b] : [b, a], 'stored in id order');
    assert.deepEqual(s!.reasons.map((r) => r.rule), ['same_url', 'same_handle', 'similar_name']);
    assert.ok(s!.confidence > 0.95);
    await suggestMerges(ctx, [a, b]);
    assert.equal((await suggestions()).length, 1, 'the same pair from either side is one row');
  });

  it('never suggests a dismissed pair again', async () => {
    const a = await person('Grace Hopper');
    const b = await person('Grace Hopper');
    await suggestMerges(ctx, [a]);
    await database.query(`update merge_suggestions set status = 'dismissed' where person_id = any($1::uuid[]) and other_person_id = any($1::uuid[])`, [[a, b]]);
    assert.equal((await suggestMerges(ctx, [a, b])).suggested, 0);
    const rows = (await suggestions()).filter((r) => [a, b].includes(r.person_id));
    assert.deepEqual(rows.map((r) => r.status), ['dismissed']);
  });

  it('merges at once on a verified e-mail with no network in common, journalled; the job does the same', async () => {
    const a = await person('Countess', [{ network: 'email', externalId: 'ada@engine.org', email: 'Ada@Engine.org', verified: true }]);
    const b = await person('A. L.', [{ network: 'github', externalId: '1815', handle: 'al', email: 'ada@engine.org', verified: true }]);
    const result = await suggestMerges(ctx, [b]);
    assert.equal(result.autoMerged.length, 1);
    assert.equal(await mergedInto(b), a, 'the older person is kept');
    const [journal] = await database.query<{ moved: { identityIds: string[] }; merged_by: string | null }>('select * from person_merges where merged_person_id = $1', [b]);
    assert.deepEqual([journal!.moved.identityIds.length, journal!.merged_by], [1, null]);
    const [audit] = await database.query<{ action: string; actor_label: string }>(`select * from audit_entries where action = 'person.merge' and target_id = $1`, [a]);
    assert.equal(audit!.actor_label, 'test');

    const c = await person('Someone', [{ network: 'email', externalId: 'c@engine.org', email: 'c@engine.org', verified: true }]);
    const d = await person('Someone else', [{ network: 'forum', externalId: 'c', email: 'C@engine.org', verified: true }]);
    await suggestMergesJob.handler({ ...ctx, logger: { info() {} }, signal: new AbortController().signal } as never, { workspaceId: ctx.workspaceId, personIds: [d] });
    assert.equal(await mergedInto(d), c);
  });

  it('leaves two accounts on one network, or an unverified e-mail, to a person', async () => {
    const a = await person('Twin', [{ network: 'mastodon', externalId: 'twin-1', email: 'twin@example.com', verified: true }]);
    const b = await person('Other twin', [{ network: 'mastodon', externalId: 'twin-2', email: 'twin@example.com', verified: true }]);
    const c = await person('Unverified', [{ network: 'bluesky', externalId: 'did:plc:twin', email: 'twin@example.com' }]);
    const result = await suggestMerges(ctx, [a, b, c]);
    assert.deepEqual([result.suggested, result.autoMerged.length], [3, 0]);
    assert.deepEqual([await mergedInto(a), await mergedInto(b), await mergedInto(c)], [null, null, null]);
  });

  it('ignores a value too many people share (and drops what it had suggested on it), and handles on one network', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await person(`Employee ${i} Smith${'x'.repeat(i)}`, [{ network: `net${i}`, externalId: `e${i}`, profileUrls: ['https://acme-corp.example'] }]));
    // The first few employees were suggested to each other as they arrived; once the site is common, that goes.
    assert.equal((await suggestMerges(ctx, ids)).suggested, 0, 'a company site everybody links is no evidence');
    assert.deepEqual((await suggestions()).filter((r) => ids.includes(r.person_id)), []);
    const one = await person('Quiet One', [{ network: 'mastodon', externalId: 'q1', handle: 'quiet@one.social' }]);
    const two = await person('Loud Two', [{ network: 'mastodon', externalId: 'q2', handle: 'quiet@two.social' }]);
    assert.equal((await suggestMerges(ctx, [one, two])).suggested, 0);
  });

  it('hears at once of a duplicate a teammate’s edit reveals, without merging it', async () => {
    const a = await person('Mae Jemison', [{ network: 'x', externalId: 'mae', email: 'mae@space.example', verified: true }]);
    const b = await person('Dr. M. C. Jemison', [{ network: 'linkedin', externalId: 'mcj', verified: true }]);
    await updatePerson(ctx, b, { email: 'MAE@space.example' });
    const pair = (await suggestions()).find((s) => [s.person_id, s.other_person_id].sort().join() === [a, b].sort().join());
    assert.deepEqual([pair?.status, pair?.reasons.map((r) => r.rule)], ['pending', ['same_email']]);
    assert.equal(await mergedInto(b), null, 'an e-mail typed by hand is not a verified one');
  });

  it('finds a typo in a name, but not a different person', async () => {
    const a = await person('Katherine Johnson');
    const b = await person('Katherine Jonhson');
    await person('Katherine Zeta');
    const result = await suggestMerges(ctx, [b]);
    assert.equal(result.suggested, 1);
    const pair = (await suggestions()).find((s) => [s.person_id, s.other_person_id].includes(b))!;
    assert.deepEqual([pair.person_id, pair.other_person_id].sort(), [a, b].sort());
  });

  it('rescans the workspace page by page, and the rescan job hands its cursor on until the end', async () => {
    const a = await person('Rosalind Franklin');
    const b = await person('Rosalind Franklin');
    await database.query(`delete from merge_suggestions where person_id = any($1::uuid[]) or other_person_id = any($1::uuid[])`, [[a, b]]);
    const first = await rescanMergeSuggestionsPage(ctx, null, 1);
    assert.equal(first.scanned, 1);
    assert.ok(first.nextCursor, 'one person a page: more to come');
    const sent: unknown[] = [];
    const jobCtx = { ...ctx, logger: { info() {} }, signal: new AbortController().signal, send: async (_def: unknown, payload: unknown) => (sent.push(payload), 'job') };
    await rescanMergeSuggestionsJob.handler(jobCtx as never, { workspaceId: ctx.workspaceId, cursor: null, scanned: 0 });
    assert.deepEqual(sent, [], 'the whole (small) workspace in one run: nothing queued after it');
    assert.ok((await suggestions()).some((r) => [r.person_id, r.other_person_id].sort().join() === [a, b].sort().join()));
  });
});
