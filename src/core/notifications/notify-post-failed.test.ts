import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { systemActor, type Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { notifyPostFailed, recordPostFailedNotifications } from './notify-post-failed.ts';

describe('notifyPostFailed', () => {
  let t: TestApp;
  let ctx: Ctx;
  let workspaceId: string;
  let ownerId: string;
  const member = {} as Record<'author' | 'approvedNow' | 'approvedBefore' | 'stepApprover' | 'otherChannelApprover' | 'bystander', string>;
  let channelId: string;

  const userIdOf = async (email: string) => (await t.database.query<{ id: string }>('select id from users where email = $1', [email]))[0]!.id;

  /** A post at revision 2 by the author with one failed target on the channel. */
  async function failedTarget(opts: { attempts?: number; reason?: string | null } = {}) {
    const postId = newId();
    const targetId = newId();
    await t.database.query(`insert into posts (id, workspace_id, author_id, text, revision, state) values ($1, $2, $3, $4, 2, 'failed')`, [postId, workspaceId, member.author, 'Our spring launch is here! '.repeat(8)]);
    await t.database.query(
      `insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, attempts, error_kind, error_reason) values ($1, $2, $3, $4, $5, 'failed', $6, 'rejected', $7)`,
      [targetId, workspaceId, postId, channelId, `key-${targetId}`, opts.attempts ?? 1, opts.reason === undefined ? 'Status is over 500 characters' : opts.reason],
    );
    const approve = (userId: string, revision: number, decision = 'approved') =>
      t.database.query(`insert into post_approvals (id, workspace_id, post_id, revision, user_id, decision) values ($1, $2, $3, $4, $5, $6)`, [newId(), workspaceId, postId, revision, userId, decision]);
    await approve(member.approvedNow, 2);
    await approve(member.approvedBefore, 1);
    await approve(member.bystander, 2, 'changes_requested');
    return { postId, targetId };
  }
  const recipients = async (targetId: string) =>
    (await t.database.query<{ user_id: string }>(`select user_id from notifications where subject->>'targetId' = $1 order by user_id`, [targetId])).map((r) => r.user_id);

  before(async () => {
    t = await createTestApp();
    const setup = await t.setupOwner();
    workspaceId = setup.workspaceId;
    ownerId = setup.userId;
    for (const [key, role] of [['author', 'social_media_manager'], ['approvedNow', 'approver'], ['approvedBefore', 'approver'], ['stepApprover', 'approver'], ['otherChannelApprover', 'approver'], ['bystander', 'community_manager']] as const) {
      await t.addMember(setup.owner, workspaceId, `${key.toLowerCase()}@example.com`, role);
      member[key] = await userIdOf(`${key.toLowerCase()}@example.com`);
    }
    channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Acme on Mastodon' })).id;
    const otherChannel = (await insertTestChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Acme on Bluesky' })).id;
    const step = (channel: string | null, approverIds: string[]) =>
      t.database.query(`insert into approval_steps (id, workspace_id, channel_id, position, name, approver_ids) values ($1, $2, $3, 1, 'Review', $4)`, [newId(), workspaceId, channel, approverIds]);
    await step(null, [member.stepApprover]);
    await step(channelId, [ownerId]);
    await step(otherChannel, [member.otherChannelApprover]);
    ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('job publishing.target'), requestId: 'test' };
  });
  after(() => t.close());

  it("notifies the author, this revision's approvers and the steps' approvers, with the network's reason", async () => {
    const { postId, targetId } = await failedTarget();
    const created = await recordPostFailedNotifications(ctx, { workspaceId, targetId });
    const expected = [member.author, member.approvedNow, member.stepApprover, ownerId].sort();
    assert.deepEqual(created.map((n) => n.userId).sort(), expected);
    assert.deepEqual(await recipients(targetId), expected);
    const first = created[0]!;
    assert.equal(first.title, 'A post failed to publish on Acme on Mastodon');
    assert.match(first.body, /^Status is over 500 characters\n\n“Our spring launch is here!.*…”$/s);
    assert.deepEqual(first.subject, { postId, targetId, channelId, network: 'mastodon' });
    assert.equal(first.dedupKey, `post_failed:${targetId}:1`);
    const audit = await t.database.query<{ after: { userIds: string[] } }>(`select after from audit_entries where action = 'notification.post_failed' and target_id = $1`, [targetId]);
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.after.userIds.sort(), expected);
  });

  it('notifies each person once per attempt, again for a later attempt', async () => {
    const { targetId } = await failedTarget({ reason: null });
    await notifyPostFailed(ctx, { workspaceId, targetId });
    assert.equal((await recipients(targetId)).length, 4);
    assert.deepEqual(await recordPostFailedNotifications(ctx, { workspaceId, targetId }), []);
    assert.equal((await recipients(targetId)).length, 4);
    await t.database.query('update post_targets set attempts = 2 where id = $1', [targetId]);
    const again = await recordPostFailedNotifications(ctx, { workspaceId, targetId });
    assert.equal(again.length, 4);
    assert.match(again[0]!.body, /^The network gave no reason\./);
  });

  it('leaves out people who left the workspace or are disabled', async () => {
    const { targetId } = await failedTarget();
    await t.database.query('delete from memberships where user_id = $1', [member.stepApprover]);
    await t.database.query('update users set is_disabled = true where id = $1', [member.approvedNow]);
    const created = await recordPostFailedNotifications(ctx, { workspaceId, targetId });
    assert.deepEqual(created.map((n) => n.userId).sort(), [member.author, ownerId].sort());
    await t.database.query('update users set is_disabled = false where id = $1', [member.approvedNow]);
  });

  it('does not reach into another workspace', async () => {
    const { targetId } = await failedTarget();
    const [other] = await t.database.query<{ id: string }>(`insert into workspaces (id, name) values ($1, 'Other') returning id`, [newId()]);
    await assert.rejects(notifyPostFailed(ctx, { workspaceId: other!.id, targetId }), (e: unknown) => e instanceof AppError && e.code === 'not_found');
    assert.deepEqual(await recipients(targetId), []);
  });
});
