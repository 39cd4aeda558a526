// Tells the teammate who wrote a reply (and the conversation's assignee, when another person) that
// it failed or may not have gone out, with the network's reason. In-app at once, by e-mail through
// the notifications job; each (person, reply, attempt) is told once, so a retry may call it again.
import { findConversationForReply, type MessageRow } from '../../../../db/queries/messages.ts';
import { filterActiveMembers, insertNotifications } from '../../../../db/queries/notifications.ts';
import type { Ctx } from '../../../shared/context.ts';
import { newId } from '../../../shared/ids.ts';

export const replyFailedKind = 'reply_failed';

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text);

export async function notifyReplyFailed(ctx: Ctx, reply: MessageRow): Promise<string[]> {
  const conversation = await findConversationForReply(ctx.db, reply.workspaceId, reply.conversationId);
  const candidates = [...new Set([reply.userId, conversation?.assigneeId].filter((id): id is string => !!id))];
  const recipients = await filterActiveMembers(ctx.db, reply.workspaceId, candidates);
  const channelName = conversation?.channel.displayName ?? 'the channel';
  const unknown = reply.errorKind === 'unknown_outcome';
  const created = await insertNotifications(
    ctx.db,
    recipients.map((userId) => ({
      id: newId(),
      workspaceId: reply.workspaceId,
      userId,
      kind: replyFailedKind,
      title: unknown ? `A reply may not have been sent on ${channelName}` : `A reply could not be sent on ${channelName}`,
      body: `${reply.errorReason?.trim() || 'The network gave no reason.'}\n\n“${excerpt(reply.text)}”`,
      subject: { conversationId: reply.conversationId, messageId: reply.id, channelId: reply.channelId },
      dedupKey: `${replyFailedKind}:${reply.id}:${reply.sendAttempts}`,
      createdAt: ctx.clock.now(),
    })),
  );
  return created.map((n) => n.userId);
}
