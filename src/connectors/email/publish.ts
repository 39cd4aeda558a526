// Publishing an e-mail: to/cc/subject from the post settings, the text as the body, media as
// attachments; with replyTo, it continues that message's thread (In-Reply-To, References).
import type { ConnectorContext } from '../sdk/context.ts';
import type { Published, PublishInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import { subjectFromText } from './compose.ts';
import type { EmailConfig, EmailSettings } from './config.ts';
import { withImap } from './imap.ts';
import { checkMedia } from './limits.ts';
import { messageIdFor, referencesAfter, replySubject } from './message-id.ts';
import { alreadySent, findMessage, publishedAs, sendAndKeep } from './send-message.ts';

export async function publish(ctx: ConnectorContext<EmailConfig>, input: PublishInput<EmailSettings>): Promise<Result<Published>> {
  const mediaProblem = checkMedia(input.media);
  if (mediaProblem) return mediaProblem;
  const messageId = messageIdFor(input.idempotencyKey, ctx.config.from.address);
  return withImap(ctx, async (client) => {
    // Cheap insurance on a retry: an earlier attempt with this key already went out.
    if (await alreadySent(client, ctx.config, messageId)) return ok(publishedAs(messageId));
    const parent = input.replyTo ? await findMessage(client, ctx.config, input.replyTo) : undefined;
    if (input.replyTo && !parent) return rejected(`the message ${input.replyTo} to continue was not found in this mailbox`, 'not_found');
    const subject = input.settings.subject ?? (parent ? replySubject(parent.subject) : subjectFromText(input.text));
    return sendAndKeep(ctx, client, {
      messageId,
      to: input.settings.to,
      cc: input.settings.cc,
      subject,
      text: input.text,
      media: input.media,
      inReplyTo: parent?.messageId,
      references: parent ? referencesAfter(parent) : undefined,
      date: ctx.now(),
    });
  });
}
