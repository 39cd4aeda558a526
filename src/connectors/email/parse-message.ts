// One received message as the inbox sees it, parsed with mailparser: the sender, the text
// (text/plain preferred; mailparser turns HTML into text when there is no plain part) and the
// ids that thread it.
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';
import type { InboxItem } from '../sdk/operations.ts';
import { conversationKey, midUrl, normaliseMessageId, syntheticMessageId } from './message-id.ts';

export type ParsedEmail = {
  messageId: string;
  inReplyTo: string | undefined;
  references: string[];
  /** The first id of the conversation (see conversationKey). */
  threadRoot: string;
  from: { address: string; name: string | undefined } | undefined;
  /** Where answers go: Reply-To when set, else From. */
  replyAddress: string | undefined;
  subject: string;
  text: string;
  date: Date | undefined;
};

const ids = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.match(/<[^<>\s]+>/g) ?? []).map(normaliseMessageId);

const firstAddress = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field[0] : field)?.value.find((a) => a.address);

export async function parseEmail(source: Buffer): Promise<ParsedEmail> {
  const parsed = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const messageId = parsed.messageId ? normaliseMessageId(parsed.messageId) : syntheticMessageId(source);
  const [inReplyTo] = ids(parsed.inReplyTo);
  const references = ids(parsed.references);
  const from = firstAddress(parsed.from);
  const replyTo = firstAddress(parsed.replyTo);
  return {
    messageId,
    inReplyTo,
    references,
    threadRoot: conversationKey({ messageId, inReplyTo, references }),
    from: from?.address ? { address: from.address.toLowerCase(), name: from.name || undefined } : undefined,
    replyAddress: (replyTo?.address ?? from?.address)?.toLowerCase(),
    subject: parsed.subject ?? '',
    text: (parsed.text ?? '').replace(/\s+$/, ''),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : undefined,
  };
}

export function inboxItemOf(email: ParsedEmail, receivedAt: Date): InboxItem {
  const address = email.from?.address ?? 'unknown';
  return {
    externalId: email.messageId,
    kind: email.inReplyTo ? 'reply' : 'message',
    author: { externalId: address, handle: address, ...(email.from?.name ? { displayName: email.from.name } : {}) },
    text: email.text,
    createdAt: (email.date ?? receivedAt).toISOString(),
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    threadId: email.threadRoot,
    ...(email.subject ? { subject: email.subject } : {}),
    url: midUrl(email.messageId),
  };
}
