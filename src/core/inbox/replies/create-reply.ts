// A teammate answers a conversation through its channel, now or at `sendAt` ("send later"). The
// reply is stored first, as a scheduled message with an idempotency key of its own, and sent by
// its send-reply job (send/send-reply.ts), so a reply written "now" and one written for tomorrow
// go through the same exactly-once path; a lost job is picked up by the sweep.
import { findLatestInbound, findMessage, findUserNames, insertMessage } from '../../../db/queries/messages.ts';
import type { Tx } from '../../../db/client.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { checkReplyText } from './check-reply.ts';
import { messageView, type MessageView } from './message-view.ts';
import type { ReplyCtx } from './reply-ctx.ts';
import { loadReplyChannel, type ReplyChannel } from './reply-channel.ts';

export type CreateReplyInput = {
  text: string;
  /** The message answered; default: the person's latest message. */
  inReplyToMessageId?: string;
  /** Send later; default: now. */
  sendAt?: Date | null;
  /** "Send and resolve": the conversation is resolved once the reply is on the network. */
  resolve?: boolean;
};

// A "send later" time this far in the past is a mistake rather than a slow click.
const PAST_TOLERANCE_MS = 60_000;

/** The reply's own key: one per message, sent with every attempt, so the network never sees two. */
export const replyIdempotencyKey = (messageId: string) => `tandem-reply-${messageId}`;

type Answered = { externalId: string | null; messageId: string | null };

/** The message answered, by its network id. A DM goes to its partner, so there it may be absent. */
async function answeredMessage(db: Tx, ctx: ReplyCtx, channel: ReplyChannel, messageId: string | undefined): Promise<Answered> {
  const conversationId = channel.conversation.id;
  if (messageId) {
    const message = await findMessage(db, ctx.workspaceId, conversationId, messageId);
    if (!message) throw new AppError('not_found', 'Message not found in this conversation');
    if (message.kind === 'note' || !message.externalId) throw new AppError('validation_failed', 'Only a message that is on the network can be answered (not a note, nor a reply not sent yet)');
    return { externalId: message.externalId, messageId: message.id };
  }
  const latest = await findLatestInbound(db, conversationId);
  if (!latest && channel.capability === 'reply') throw new AppError('validation_failed', 'This conversation has no message from the network to answer');
  return { externalId: latest?.externalId ?? null, messageId: latest?.id ?? null };
}

function refuseIfCannot(channel: ReplyChannel, text: string): void {
  const { conversation } = channel;
  const blocking = channel.issues.find((i) => i.code !== 'channel_disconnected');
  if (blocking) throw new AppError('reply_not_supported', blocking.message, { reason: blocking.code, channelId: conversation.channel.id, capability: channel.capability });
  const issues = [...channel.issues.map((i) => ({ ...i, field: 'channel' })), ...checkReplyText(channel.limits, text).issues];
  if (issues.length > 0) throw new AppError('reply_invalid', issues.map((i) => i.message).join(' '), { issues, channelId: conversation.channel.id });
}

export async function createReply(ctx: ReplyCtx, conversationId: string, input: CreateReplyInput): Promise<MessageView> {
  const now = ctx.clock.now();
  const sendAt = input.sendAt ?? now;
  if (sendAt.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw new AppError('schedule_in_past', 'The time to send the reply has passed: pick a later one, or send it now');
  const { row, parentId } = await inTransaction(ctx.db, async (db) => {
    const channel = await loadReplyChannel(db, ctx.connectors, ctx.workspaceId, conversationId);
    refuseIfCannot(channel, input.text);
    const answered = await answeredMessage(db, ctx, channel, input.inReplyToMessageId);
    const inReplyTo = answered.externalId;
    const id = newId();
    const inserted = await insertMessage(db, {
      id,
      workspaceId: ctx.workspaceId,
      conversationId,
      channelId: channel.conversation.channel.id,
      kind: 'reply',
      userId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      text: input.text,
      inReplyTo,
      sendState: 'scheduled',
      sendAt,
      idempotencyKey: replyIdempotencyKey(id),
      resolveOnSend: input.resolve ?? false,
      // Until it is sent, the thread shows it where it will go out.
      occurredAt: sendAt,
      createdAt: now,
    });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox.reply_create', targetType: 'message', targetId: id, after: { conversationId, sendAt, inReplyTo, resolveOnSend: inserted.resolveOnSend, length: input.text.length } });
    return { row: inserted, parentId: answered.messageId };
  });
  // After the commit: the job must find the row. If the queue is unreachable the sweep sends it.
  await ctx.queueReplies?.([{ id: row.id, sendAt }]).catch(() => undefined);
  const names = await findUserNames(ctx.db, row.userId ? [row.userId] : []);
  return messageView(row, row.userId ? (names.get(row.userId) ?? null) : null, parentId);
}
