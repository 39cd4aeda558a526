// Notification e-mails through the queue to a real SMTP server on loopback: sent once with the
// reason and a link, never twice across runs, retried after a temporary refusal, given up after
// a permanent one; without SMTP nothing is sent and nothing fails.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import pino from 'pino';
import { sendDueNotificationEmails } from '../core/notifications/send-notification-emails.ts';
import { systemActor } from '../core/shared/context.ts';
import { newId } from '../core/shared/ids.ts';
import { insertWorkspace } from '../db/queries/workspaces.ts';
import { startSmtpInbox, type SmtpInbox } from '../mail/testing/smtp-inbox.ts';
import { sendNotificationEmails } from './send-notification-emails.ts';
import { createJobHarness, waitFor, type JobHarness } from './testing/job-harness.ts';

describe('notification e-mails', () => {
  let h: JobHarness;
  let inbox: SmtpInbox;
  const workspaceId = newId();
  const userIds: string[] = [];
  const ctx = () => ({ db: h.database.db, clock: h.runtime.clock, actor: systemActor('test'), config: h.runtime.config, logger: h.runtime.logger });

  async function notify(userIndex: number, extra: { createdAt?: Date; postId?: string } = {}) {
    const id = newId();
    const postId = extra.postId ?? newId();
    await h.database.query(
      `insert into notifications (id, workspace_id, user_id, kind, title, body, subject, dedup_key, created_at) values ($1, $2, $3, 'post_failed', 'A post failed to publish on Acme on Mastodon', 'Status is over 500 characters', $4, $5, $6)`,
      [id, workspaceId, userIds[userIndex], JSON.stringify({ postId, targetId: newId() }), `post_failed:${id}:1`, extra.createdAt ?? new Date()],
    );
    return { id, postId };
  }
  const emailedAt = async (id: string) => (await h.database.query<{ emailed_at: Date | null }>('select emailed_at from notifications where id = $1', [id]))[0]!.emailed_at;

  before(async () => {
    inbox = await startSmtpInbox({ user: 'tandem', password: 'smtp-secret' });
    h = await createJobHarness([sendNotificationEmails]);
    h.runtime.config.mail = { smtpUrl: inbox.url, from: 'Tandem <notify@tandem.test>' };
    h.runtime.config.publicUrl = 'https://tandem.example.com';
    await insertWorkspace(h.database.db, { id: workspaceId, name: 'Acme' });
    // Ada writes posts, Ben only reviews them, Gone is disabled, Left is no longer a member.
    for (const [name, disabled, role] of [['Ada', false, 'social_media_manager'], ['Ben', false, 'approver'], ['Gone', true, 'admin'], ['Left', false, null]] as const) {
      const id = newId();
      await h.database.query(`insert into users (id, email, name, password_hash, is_disabled) values ($1, $2, $3, 'x', $4)`, [id, `${name.toLowerCase()}@tandem.test`, name, disabled]);
      if (role) await h.database.query(`insert into memberships (id, workspace_id, user_id, role, hat) values ($1, $2, $3, $4, 'social')`, [newId(), workspaceId, id, role]);
      userIds.push(id);
    }
  });
  beforeEach(() => {
    inbox.messages.length = 0;
  });
  after(async () => {
    await h.close();
    await inbox.close();
  });

  it('runs every ten seconds and sends each new notification once, with the reason and a link to the post', async () => {
    // Not scheduled here: a tick in the middle of the next tests would take their notifications.
    assert.equal(sendNotificationEmails.schedule?.cron, '*/10 * * * * *');
    const { id, postId } = await notify(0);
    await h.queue.work([sendNotificationEmails]);
    await h.queue.send(sendNotificationEmails, {});
    await waitFor('the e-mail', async () => (inbox.messages.length > 0 ? true : undefined));
    const [mail] = inbox.messages;
    assert.equal(mail!.subject, 'A post failed to publish on Acme on Mastodon');
    assert.deepEqual(mail!.from?.value.map((a) => [a.name, a.address]), [['Tandem', 'notify@tandem.test']]);
    assert.deepEqual([mail!.to].flat().map((a) => a?.text), ['ada@tandem.test']);
    assert.match(mail!.text ?? '', /Hello Ada,/);
    assert.match(mail!.text ?? '', /Status is over 500 characters/);
    assert.ok(mail!.text?.includes(`https://tandem.example.com/w/${workspaceId}/posts/${postId}`), mail!.text);
    assert.ok(await emailedAt(id));

    // Another run (or a retried one) finds nothing left to send.
    const jobId = await h.queue.send(sendNotificationEmails, {});
    await waitFor('the second run', async () => ((await h.queue.boss.findJobs('notifications.send-emails', { id: jobId! }))[0]?.state === 'completed' ? true : undefined));
    assert.equal(inbox.messages.length, 1);
  });

  it('sends nothing twice when two runs race, and skips disabled users, former members and old notifications', async () => {
    const fresh = [await notify(0), await notify(1), await notify(1)];
    const disabled = await notify(2);
    const left = await notify(3);
    const old = await notify(0, { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) });
    const runs = await Promise.all([sendDueNotificationEmails(ctx(), { limit: 20 }), sendDueNotificationEmails(ctx(), { limit: 20 })]);
    assert.equal(runs[0]!.sent + runs[1]!.sent, 3);
    assert.equal(inbox.messages.length, 3);
    assert.deepEqual(inbox.messages.map((m) => [m.to].flat()[0]?.text).sort(), ['ada@tandem.test', 'ben@tandem.test', 'ben@tandem.test']);
    for (const n of fresh) assert.ok(await emailedAt(n.id));
    assert.ok(await emailedAt(disabled.id), 'claimed, never sent');
    assert.ok(await emailedAt(left.id), 'claimed, never sent');
    const ben = inbox.messages.find((m) => [m.to].flat()[0]?.text === 'ben@tandem.test')!;
    assert.match(ben.text ?? '', new RegExp(`/w/${workspaceId}/reviews/${fresh[1]!.postId}|/w/${workspaceId}/reviews/${fresh[2]!.postId}`), 'an approver is sent to the review page');
    assert.equal(await emailedAt(old.id), null);
  });

  it('retries after a temporary refusal and gives up after a permanent one', async () => {
    const { id } = await notify(0);
    inbox.refuseNext(452);
    assert.deepEqual(await sendDueNotificationEmails(ctx(), { limit: 20 }), { sent: 0, failed: 0, retrying: 1 });
    assert.equal(await emailedAt(id), null, 'given back for the next run');
    assert.deepEqual(await sendDueNotificationEmails(ctx(), { limit: 20 }), { sent: 1, failed: 0, retrying: 0 });
    const refused = await notify(1);
    inbox.refuseNext(550);
    assert.deepEqual(await sendDueNotificationEmails(ctx(), { limit: 20 }), { sent: 0, failed: 1, retrying: 0 });
    assert.ok(await emailedAt(refused.id));
    assert.deepEqual(await sendDueNotificationEmails(ctx(), { limit: 20 }), { sent: 0, failed: 0, retrying: 0 });
    assert.equal(inbox.messages.length, 1);
  });

  it('without SMTP_URL sends nothing, says so once in the log, and keeps the notification for later', async () => {
    const { id } = await notify(0);
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const config = { ...h.runtime.config, mail: { smtpUrl: undefined, from: undefined } };
    for (let run = 0; run < 3; run++) assert.deepEqual(await sendDueNotificationEmails({ ...ctx(), config, logger }, { limit: 20 }), { sent: 0, failed: 0, retrying: 0 });
    assert.equal(lines.filter((l) => l.includes('SMTP_URL is not set')).length, 1);
    assert.equal(await emailedAt(id), null);
    assert.equal(inbox.messages.length, 0);
  });
});
