// The SLA sweep: a warning inside the window and a breach at the due time, each stored and told
// once however often (and however many workers) the sweep runs; answered, resolved and merged
// conversations are left alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemActor } from '../../shared/context.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { createInboxFixture, type InboxFixture } from '../assignment/testing/inbox-fixture.ts';
import { createPolicy } from './sla-policies.ts';
import { startSlaClocks } from './start-sla-clocks.ts';
import { sweepSla } from './sweep-sla.ts';

describe('SLA sweep', () => {
  let database: TestDatabase;
  let f: InboxFixture;
  let now: Date;
  const sweep = () => sweepSla({ db: database.db, clock: { now: () => now }, actor: systemActor('test') });
  const events = () => database.query<{ conversation_id: string; type: string; user_id: string | null; kind: string; occurred_at: Date }>(`select conversation_id, type, user_id, data->>'kind' as kind, occurred_at from conversation_events where workspace_id = $1 and type like 'sla_%' order by occurred_at, conversation_id`, [f.workspaceId]);
  const notes = (userId: string) => database.query<{ kind: string; subject: { conversationId: string } }>('select kind, subject from notifications where user_id = $1 order by created_at, kind', [userId]);

  before(async () => {
    database = await createTestDatabase();
    f = await createInboxFixture(database);
  });
  after(() => database.close());

  it('warns within the window, breaches at the due time, once each, telling the assignee or the admins', async () => {
    const ctx = f.ctx();
    await createPolicy(ctx, { name: 'Fast', isDefault: true, firstResponseMinutes: 60, resolutionMinutes: 24 * 60, warnBeforeMinutes: 15 });
    const admin = await f.member('Adele', { role: 'admin' });
    const ada = await f.member('Ada');
    const start = new Date('2026-12-01T10:00:00Z');
    const unassigned = await f.conversation({ createdAt: start });
    const adas = await f.conversation({ createdAt: start, assigneeId: ada });
    const answered = await f.conversation({ createdAt: start, assigneeId: ada });
    const resolved = await f.conversation({ createdAt: start, assigneeId: ada });
    await startSlaClocks(ctx, [
      await f.inbound(unassigned, 'Hello?', { occurredAt: start }),
      await f.inbound(adas, 'Hello?', { occurredAt: start }),
      await f.inbound(answered, 'Hello?', { occurredAt: start }),
      await f.inbound(resolved, 'Hello?', { occurredAt: start }),
    ]);
    await database.query(`update conversations set first_response_at = $2, waiting_since = null where id = $1`, [answered, '2026-12-01T10:05:00Z']);
    await database.query(`update conversations set status = 'resolved', resolved_at = $2 where id = $1`, [resolved, '2026-12-01T10:05:00Z']);

    now = new Date('2026-12-01T10:30:00Z');
    assert.deepEqual(await sweep(), { warnings: 0, breaches: 0 });
    now = new Date('2026-12-01T10:46:00Z');
    assert.deepEqual(await sweep(), { warnings: 2, breaches: 0 });
    now = new Date('2026-12-01T10:50:00Z');
    assert.deepEqual(await sweep(), { warnings: 0, breaches: 0 }, 'the same warning is not stored twice');
    now = new Date('2026-12-01T11:00:30Z');
    // Two workers at once: each event is stored and told once.
    const [a, b] = await Promise.all([sweep(), sweep()]);
    assert.equal(a.breaches + b.breaches, 2);
    assert.deepEqual(await sweep(), { warnings: 0, breaches: 0 });

    // Warnings dated when the window opened, breaches at the due time (same-time events by conversation id).
    const expected = (type: string, time: string) => [unassigned, adas].sort().map((id) => [id, type, 'first_response', id === adas ? ada : null, time]);
    assert.deepEqual(
      (await events()).map((e) => [e.conversation_id, e.type, e.kind, e.user_id, e.occurred_at.toISOString()]),
      [...expected('sla_warning', '2026-12-01T10:45:00.000Z'), ...expected('sla_breach', '2026-12-01T11:00:00.000Z')],
    );
    assert.deepEqual((await notes(ada)).map((n) => [n.kind, n.subject.conversationId]), [['sla_warning', adas], ['sla_breach', adas]]);
    const adminNotes = await notes(admin);
    assert.deepEqual(new Set(adminNotes.map((n) => `${n.kind}:${n.subject.conversationId}`)), new Set([`sla_warning:${unassigned}`, `sla_breach:${unassigned}`]));
  });

  it('stores only the breach when the sweep first sees a clock after it was due, and warns again for a moved target', async () => {
    const g = await createInboxFixture(database, { name: 'Late sweep' });
    await createPolicy(g.ctx(), { name: 'Slow', isDefault: true, resolutionMinutes: 60, warnBeforeMinutes: 30 });
    const id = await g.conversation({ createdAt: new Date('2026-12-02T08:00:00Z') });
    await startSlaClocks(g.ctx(), [await g.inbound(id, 'Hi', { occurredAt: new Date('2026-12-02T08:00:00Z') })]);
    now = new Date('2026-12-02T12:00:00Z');
    await sweep();
    const stored = () => database.query<{ type: string; kind: string }>(`select type, data->>'kind' as kind from conversation_events where conversation_id = $1 and type like 'sla_%' order by occurred_at`, [id]);
    assert.deepEqual((await stored()).map((e) => `${e.type}:${e.kind}`), ['sla_breach:resolution']);
    // The resolution clock restarts (reopened): a new due time warns and breaches again.
    await database.query(`update conversations set resolution_due_at = $2 where id = $1`, [id, '2026-12-02T12:20:00Z']);
    await sweep();
    assert.deepEqual((await stored()).map((e) => `${e.type}:${e.kind}`), ['sla_breach:resolution', 'sla_warning:resolution']);
  });
});
