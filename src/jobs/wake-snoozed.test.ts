// Snoozed conversations reopen when their time comes (the every-minute job, through the queue) or
// when the person writes again; each wake is a 'woke' event and an audit entry, and none twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { listConversationEvents } from '../db/queries/conversation-events.ts';
import { findConversation } from '../db/queries/conversations.ts';
import { listAuditPage } from '../db/queries/audit.ts';
import { conversations } from '../db/schema/index.ts';
import { wakeConversation, wakeDueSnoozed } from '../core/inbox/conversations/wake-snoozed.ts';
import { insertTestConversation, insertTriageWorkspace } from '../core/inbox/conversations/testing/conversation-fixture.ts';
import { systemClock } from '../core/shared/context.ts';
import { insertTestChannel } from '../testing/test-channel.ts';
import { createJobHarness, waitFor, type JobHarness } from './testing/job-harness.ts';
import { wakeSnoozed } from './wake-snoozed.ts';

describe('wake-snoozed', () => {
  let h: JobHarness;
  let w: Awaited<ReturnType<typeof insertTriageWorkspace>>;
  let channelId: string;
  const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000);
  const snoozed = async (until: Date) => (await insertTestConversation(h.database.db, { workspaceId: w.workspaceId, channelId, status: 'snoozed', snoozedUntil: until })).id;
  const status = async (id: string) => (await findConversation(h.database.db, w.workspaceId, id))!;

  before(async () => {
    h = await createJobHarness([wakeSnoozed]);
    w = await insertTriageWorkspace(h.database.db, systemClock, [{ name: 'Olivia', role: 'owner' }]);
    channelId = (await insertTestChannel(h.database.db, { workspaceId: w.workspaceId })).id;
  });
  after(() => h.close());

  it('is scheduled every minute', async () => {
    await h.queue.schedule([wakeSnoozed]);
    const schedules = await h.queue.boss.getSchedules();
    assert.deepEqual(schedules.map((s) => [s.name, s.cron]), [['inbox.wake-snoozed', '* * * * *']]);
  });

  it('reopens the conversations whose time came, through the queue, and leaves the others snoozed', async () => {
    const due = await snoozed(minutesFromNow(-1));
    const later = await snoozed(minutesFromNow(60));
    await h.queue.work([wakeSnoozed]);
    await h.queue.send(wakeSnoozed, {});
    const woken = await waitFor('the due conversation to reopen', async () => ((await status(due)).status === 'open' ? status(due) : undefined));
    assert.equal(woken.snoozedUntil, null);
    const waiting = await status(later);
    assert.deepEqual([waiting.status, waiting.snoozedUntil !== null], ['snoozed', true]);
    const events = await listConversationEvents(h.database.db, w.workspaceId, due, ['woke']);
    assert.deepEqual([events.length, events[0]!.data.reason, events[0]!.userId], [1, 'snooze_ended', null]);
    const audit = await listAuditPage(h.database.db, w.workspaceId, { action: 'conversation.wake', targetId: due, limit: 10 });
    assert.deepEqual([audit.length, audit[0]!.actorLabel], [1, 'wake-snoozed']);
  });

  it('works in batches and never wakes one twice', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => snoozed(minutesFromNow(-5))));
    const ctx = { db: h.database.db, clock: systemClock, actor: { type: 'system' as const, id: null, label: 'test' } };
    assert.equal(await wakeDueSnoozed(ctx, { limit: 2 }), 2);
    assert.equal(await wakeDueSnoozed(ctx, { limit: 10 }), 3);
    assert.equal(await wakeDueSnoozed(ctx, { limit: 10 }), 0);
    for (const id of ids) assert.equal((await listConversationEvents(h.database.db, w.workspaceId, id, ['woke'])).length, 1);
  });

  it('wakes one conversation when its person writes again, and only a snoozed one', async () => {
    const id = await snoozed(minutesFromNow(600));
    const ctx = w.ctxOf('Olivia');
    assert.equal(await wakeConversation(ctx, id), true);
    assert.equal(await wakeConversation(ctx, id), false);
    assert.equal((await status(id)).status, 'open');
    const [event] = await listConversationEvents(h.database.db, w.workspaceId, id, ['woke']);
    assert.equal(event!.data.reason, 'new_message');
    await h.database.db.update(conversations).set({ status: 'resolved' }).where(eq(conversations.id, id));
    assert.equal(await wakeConversation(ctx, id), false, 'a resolved conversation stays resolved');
  });
});
