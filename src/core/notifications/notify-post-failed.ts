// Tells the people responsible for a post that one of its targets failed: its author, everyone who
// approved the revision that was published, and the approvers named in the approval steps that
// apply to the channel. In-app at once; the e-mail copy is sent by the notifications.send-emails
// job. Each (user, target, attempt) is notified once, so the engine may call this again safely.
import { filterActiveMembers, findFailedTarget, findPostApproverIds, insertNotifications, type NotificationRow } from '../../db/queries/notifications.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export type NotifyPostFailedInput = { workspaceId: string; targetId: string };

export const postFailedKind = 'post_failed';

/** What the publishing engine calls (its collaborators' notifyFailed). */
export async function notifyPostFailed(ctx: Ctx, input: NotifyPostFailedInput): Promise<void> {
  await recordPostFailedNotifications(ctx, input);
}

/** The same, returning the notifications created now (none when everyone had been told of this attempt already). */
export async function recordPostFailedNotifications(ctx: Ctx, input: NotifyPostFailedInput): Promise<NotificationRow[]> {
  return inTransaction(ctx.db, async (db) => {
    const target = await findFailedTarget(db, input.workspaceId, input.targetId);
    if (!target) throw notFound('Post target');
    const approvers = await findPostApproverIds(db, input.workspaceId, target.postId, target.revision, target.channelId);
    const candidates = [...new Set([...(target.authorId ? [target.authorId] : []), ...approvers])];
    const recipients = await filterActiveMembers(db, input.workspaceId, candidates);
    const now = ctx.clock.now();
    const reason = target.errorReason?.trim() || 'The network gave no reason.';
    const title = target.state === 'needs_check' ? `A post may not have been published on ${target.channelName}` : `A post failed to publish on ${target.channelName}`;
    const created = await insertNotifications(
      db,
      recipients.map((userId) => ({
        id: newId(),
        workspaceId: input.workspaceId,
        userId,
        kind: postFailedKind,
        title,
        body: `${reason}\n\n“${excerpt(target.text)}”`,
        subject: { postId: target.postId, targetId: target.targetId, channelId: target.channelId, network: target.network },
        dedupKey: `${postFailedKind}:${target.targetId}:${target.attempts}`,
        createdAt: now,
      })),
    );
    if (created.length > 0) {
      await recordAudit(
        { ...ctx, db },
        { workspaceId: input.workspaceId, action: 'notification.post_failed', targetType: 'post_target', targetId: target.targetId, after: { attempt: target.attempts, errorKind: target.errorKind, userIds: created.map((n) => n.userId) } },
      );
    }
    return created;
  });
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text);
