// Round-robin auto-assignment after ingestion: who qualifies, in which order, up to which cap, and
// two ingests at once never overshooting a cap (real concurrency with DATABASE_URL set).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { inTransaction } from '../../../db/transaction.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { autoAssign } from './auto-assign.ts';
import { createInboxFixture } from './testing/inbox-fixture.ts';

describe('autoAssign', () => {
  let database: TestDatabase;
  const assignees = async (ids: string[]) => (await database.query<{ id: string; assignee_id: string | null }>('select id, assignee_id from conversations where id = any($1::uuid[])', [ids])).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map((r) => r.assignee_id);

  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('does nothing unless the workspace turned it on', async () => {
    const f = await createInboxFixture(database);
    await f.member('Ada');
    const id = await f.conversation();
    await autoAssign(f.ctx(), [id]);
    assert.deepEqual(await assignees([id]), [null]);
  });

  it('turns among members who may answer, wear the hat and are available, never-assigned and longest-ago first', async () => {
    const f = await createInboxFixture(database);
    await f.settings({ autoAssign: true });
    const ada = await f.member('Ada', { lastAssignedAt: new Date('2026-11-30T10:00:00Z') });
    const ben = await f.member('Ben', { hat: 'community' });
    const cy = await f.member('Cy', { hat: 'both', lastAssignedAt: new Date('2026-11-30T09:00:00Z') });
    await f.member('Social Sam', { role: 'social_media_manager', hat: 'social' });
    await f.member('Away Al', { available: false });
    await f.member('Analyst Ann', { role: 'analyst' });
    await f.member('Gone Gil', { disabled: true });
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await f.conversation({ hat: 'community' }));
    await autoAssign(f.ctx({ now: () => new Date('2026-12-01T10:00:00Z') }), ids);
    assert.deepEqual(await assignees(ids), [ben, cy, ada, ben, cy, ada]);
    // The rotation continues across batches from where it stopped.
    const next = [await f.conversation({ hat: 'community' }), await f.conversation({ hat: 'community' })];
    await autoAssign(f.ctx({ now: () => new Date('2026-12-01T10:00:00Z') }), next);
    assert.deepEqual(await assignees(next), [ben, cy]);
    const events = await database.query<{ user_id: string; data: { by: string } }>(`select user_id, data from conversation_events where conversation_id = $1 and type = 'assigned'`, [ids[0]]);
    assert.deepEqual(events.map((e) => [e.user_id, e.data.by]), [[ben, 'round_robin']]);
    const [note] = await database.query<{ kind: string; subject: { conversationId: string } }>('select kind, subject from notifications where user_id = $1 order by created_at limit 1', [ben]);
    assert.deepEqual([note?.kind, note?.subject.conversationId], ['conversation_assigned', ids[0]]);
  });

  it('stops at each cap (their own, else the workspace default), counting only open conversations, and leaves the rest unassigned', async () => {
    const f = await createInboxFixture(database);
    await f.settings({ autoAssign: true, defaultOpenCap: 2 });
    const ada = await f.member('Ada', { openCap: 1 });
    const ben = await f.member('Ben');
    // Ben already holds one open conversation; his pending and resolved ones do not count.
    await f.conversation({ assigneeId: ben });
    await f.conversation({ assigneeId: ben, status: 'pending' });
    await f.conversation({ assigneeId: ben, status: 'resolved' });
    const ids = [await f.conversation(), await f.conversation(), await f.conversation()];
    // Not open or already assigned: left alone.
    const snoozed = await f.conversation({ status: 'snoozed' });
    await autoAssign(f.ctx(), [...ids, snoozed]);
    assert.deepEqual(await assignees([...ids, snoozed]), [ada, ben, null, null]);
  });

  it('never lets two concurrent assigners overshoot a cap', async () => {
    const f = await createInboxFixture(database);
    await f.settings({ autoAssign: true, defaultOpenCap: 1 });
    const ada = await f.member('Ada');
    const [one, two] = [await f.conversation(), await f.conversation()];
    // Each ingest holds its transaction open a moment after assigning, so without the row locks
    // both would count Ada at 0 and both would give her a conversation.
    const ingest = (id: string) =>
      inTransaction(database.db, async (db) => {
        await autoAssign({ ...f.ctx(), db }, [id]);
        await sleep(300);
      });
    await Promise.all([ingest(one), ingest(two)]);
    const got = await assignees([one, two]);
    assert.equal(got.filter((a) => a === ada).length, 1, `exactly one assigned on ${database.kind}: ${JSON.stringify(got)}`);
    assert.equal(got.filter((a) => a === null).length, 1);
  });
});
