// An internal note on a conversation: kept beside the thread, never sent to the network. Each
// teammate it mentions gets an in-app notification (and its e-mail copy) linking to the
// conversation, in the same transaction as the note: a note is never stored without telling the
// people it names, nor the other way round.
import { findConversationForReply, insertMessage, listMentionableMembers, touchConversation } from '../../../db/queries/messages.ts';
import { insertNotifications } from '../../../db/queries/notifications.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { messageView, type MessageView } from '../replies/message-view.ts';
import { resolveMentions } from './resolve-mentions.ts';

export type CreateNoteInput = { text: string; mentions?: string[] };

export const mentionKind = 'inbox_mention';

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199).trimEnd()}…` : text);

export async function createNote(ctx: WorkspaceCtx, conversationId: string, input: CreateNoteInput): Promise<MessageView> {
  if (input.text.trim() === '') throw new AppError('validation_failed', 'Write something: the note is empty');
  return inTransaction(ctx.db, async (db) => {
    const conversation = await findConversationForReply(db, ctx.workspaceId, conversationId);
    if (!conversation) throw notFound('Conversation');
    if (conversation.mergedIntoId) throw new AppError('conflict', 'This conversation was merged into another: add the note there', { mergedIntoId: conversation.mergedIntoId });
    const members = await listMentionableMembers(db, ctx.workspaceId);
    const mentions = resolveMentions(input.text, input.mentions ?? [], members);
    const now = ctx.clock.now();
    const authorId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const authorName = members.find((m) => m.userId === authorId)?.name ?? ctx.actor.label;
    const note = await insertMessage(db, { id: newId(), workspaceId: ctx.workspaceId, conversationId, channelId: conversation.channel.id, kind: 'note', userId: authorId, text: input.text, mentions, occurredAt: now, createdAt: now });
    await touchConversation(db, conversationId, now);
    const notified = await insertNotifications(
      db,
      mentions
        .filter((userId) => userId !== authorId)
        .map((userId) => ({
          id: newId(),
          workspaceId: ctx.workspaceId,
          userId,
          kind: mentionKind,
          title: `${authorName} mentioned you in a conversation`,
          body: excerpt(input.text),
          subject: { conversationId, messageId: note.id, channelId: conversation.channel.id },
          dedupKey: `${mentionKind}:${note.id}`,
          createdAt: now,
        })),
    );
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox.note_create', targetType: 'message', targetId: note.id, after: { conversationId, mentions, notified: notified.map((n) => n.userId) } });
    return messageView(note, authorId ? authorName : null);
  });
}
