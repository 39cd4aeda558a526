// The one way a message leaves: checked for size, sent over SMTP, then kept in Sent (IMAP
// APPEND, as mail clients do) so that read-back can find it by its Message-ID.
import type { ImapFlow } from 'imapflow';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { Outgoing } from './compose.ts';
import { composeMessage } from './compose.ts';
import type { EmailConfig } from './config.ts';
import { readSource, sentMailboxOf, uidsWithMessageId } from './imap.ts';
import { midUrl } from './message-id.ts';
import type { ParsedEmail } from './parse-message.ts';
import { parseEmail } from './parse-message.ts';
import { sendRaw } from './smtp.ts';

export const publishedAs = (messageId: string): Published => ({ externalId: messageId, url: midUrl(messageId) });

/** Headers and text are all we read of a message we answer. */
const HEADERS_AND_TEXT_BYTES = 256 * 1024;

/** A message by Message-ID, looked for in the inbox mailbox, then in Sent. */
export async function findMessage(client: ImapFlow, config: EmailConfig, messageId: string): Promise<ParsedEmail | undefined> {
  for (const mailbox of [config.imap.mailbox, await sentMailboxOf(client, config)]) {
    const [uid] = await uidsWithMessageId(client, mailbox, messageId);
    if (uid === undefined) continue;
    const source = await readSource(client, mailbox, uid, HEADERS_AND_TEXT_BYTES);
    if (source) return parseEmail(source);
  }
  return undefined;
}

/** Whether a message with this Message-ID is already in Sent (an earlier attempt went out). */
export async function alreadySent(client: ImapFlow, config: EmailConfig, messageId: string): Promise<boolean> {
  return (await uidsWithMessageId(client, await sentMailboxOf(client, config), messageId)).length > 0;
}

export async function sendAndKeep(ctx: ConnectorContext<EmailConfig>, client: ImapFlow, mail: Outgoing): Promise<Result<Published>> {
  const raw = await composeMessage(ctx.config, mail);
  if (raw.length > ctx.config.maxMessageBytes) {
    return rejected(`the message is ${raw.length} bytes encoded, more than this account's ${ctx.config.maxMessageBytes}`, 'message_too_large');
  }
  const sent = await sendRaw(ctx, [...mail.to, ...mail.cc], raw);
  if (!sent.ok) return sent;
  if (ctx.config.imap.appendToSent) {
    // The message has gone: a failed copy must not turn that into an error (a retry would send
    // it again). Only read-back loses it; the deterministic Message-ID still lets receivers
    // drop a duplicate.
    await client.append(await sentMailboxOf(client, ctx.config), raw, ['\\Seen'], mail.date).catch(() => undefined);
  }
  return ok(publishedAs(mail.messageId));
}
