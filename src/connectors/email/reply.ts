// Answering a received message: to its Reply-To (else From), "Re: " once, and In-Reply-To /
// References so that every mail client files it in the same conversation.
import type { ConnectorContext } from '../sdk/context.ts';
import type { Published, ReplyInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { withImap } from './imap.ts';
import { checkMedia } from './limits.ts';
import { messageIdFor, referencesAfter, replySubject } from './message-id.ts';
import { alreadySent, findMessage, publishedAs, sendAndKeep } from './send-message.ts';

export async function reply(ctx: ConnectorContext<EmailConfig>, input: ReplyInput): Promise<Result<Published>> {
  const media = input.media ?? [];
  const mediaProblem = checkMedia(media);
  if (mediaProblem) return mediaProblem;
  const messageId = messageIdFor(input.idempotencyKey, ctx.config.from.address);
  return withImap(ctx, async (client) => {
    if (await alreadySent(client, ctx.config, messageId)) return ok(publishedAs(messageId));
    const original = await findMessage(client, ctx.config, input.to);
    if (!original) return rejected(`the message ${input.to} was not found in this mailbox`, 'not_found');
    if (!original.replyAddress) return rejected('the message has no sender address to answer', 'no_recipient');
    return sendAndKeep(ctx, client, {
      messageId,
      to: [original.replyAddress],
      cc: [],
      subject: replySubject(original.subject),
      text: input.text,
      media,
      inReplyTo: original.messageId,
      references: referencesAfter(original),
      date: ctx.now(),
    });
  });
}
