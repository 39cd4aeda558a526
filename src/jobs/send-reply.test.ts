// The send-reply job and its sweep on a real pg-boss queue: a reply handed to its job is sent at
// its time, and a due reply whose job was never sent is found by the sweep and sent once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createReply } from '../core/inbox/replies/create-reply.ts';
import { readMessage } from '../core/inbox/replies/testing/conversation-fixture.ts';
import { startReplyHarness, type ReplyHarness } from '../core/inbox/replies/testing/reply-harness.ts';
import { openJobQueue, type JobQueue } from './queue.ts';
import { queueReplies, sendReplyJob } from './send-reply.ts';
import { defineSweepRepliesJob } from './send-reply-sweep.ts';
import { fastTuning, waitFor } from './testing/job-harness.ts';

describe('send-reply jobs', () => {
  let h: ReplyHarness;
  let queue: JobQueue;
  const sweep = defineSweepRepliesJob({}, { cron: '* * * * * *', graceMs: 1_000 });
  before(async () => {
    h = await startReplyHarness({ runningClock: true });
    queue = await openJobQueue(h.t.runtime, [sendReplyJob, sweep], fastTuning);
    await queue.work([sendReplyJob, sweep]);
  });
  after(async () => {
    await queue.stop();
    await h.close();
  });

  const sent = (id: string) => waitFor(`reply ${id} sent`, async () => ((await readMessage(h.t.database, id)).send_state === 'sent' ? true : undefined), 20_000);
  const ownCount = (text: string) => [...h.mastodon.state.statuses.values()].filter((s) => s.status.account.id === h.mastodon.state.me.id && s.source === text).length;

  it('a "send later" reply handed to its job goes out at its time, not before, and once', async () => {
    const c = await h.conversationFromStatus();
    const sendAt = new Date(Date.now() + 2_000);
    const ctx = { ...h.userCtx(), queueReplies: (replies: { id: string; sendAt: Date }[]) => queueReplies(queue, replies) };
    const reply = await createReply(ctx, c.conversationId, { text: 'Queued reply', sendAt });
    await queueReplies(queue.send, [{ id: reply.id, sendAt }]);
    await sent(reply.id);
    const posted = [...h.mastodon.state.statuses.values()].find((s) => s.source === 'Queued reply')!;
    assert.ok(Date.parse(posted.status.created_at) >= sendAt.getTime(), 'not sent before its time');
    assert.equal(ownCount('Queued reply'), 1);
  });

  it('the sweep sends a due reply whose job was never sent', async () => {
    const c = await h.conversationFromStatus();
    const reply = await createReply(h.userCtx(), c.conversationId, { text: 'Reply without a job' });
    // Past the sweep's grace, then the sweep sent by hand (its per-second cron fires late on a loaded machine).
    await new Promise((r) => setTimeout(r, 1_200));
    await queue.send(sweep, {});
    await sent(reply.id);
    assert.equal(ownCount('Reply without a job'), 1);
  });
});
