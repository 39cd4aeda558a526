// Message-IDs are the e-mail connector's external ids ("<id@domain>", angle brackets kept, as in
// In-Reply-To and References). What we send gets an id derived from the idempotency key, so a
// retry carries the same id: read-back finds it in Sent, and receiving systems that drop
// duplicate Message-IDs (Gmail does) see one message even if a crash made us send twice.
import { createHash } from 'node:crypto';

const SAFE_LEFT = /^[A-Za-z0-9._-]{1,64}$/;

export function messageIdFor(idempotencyKey: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1) || 'tandem.local';
  const left = SAFE_LEFT.test(idempotencyKey) ? idempotencyKey : createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  return `<tandem.${left}@${domain}>`;
}

/** A stable id for the rare message that has none, from what does not change between reads. */
export function syntheticMessageId(source: Buffer): string {
  return `<${createHash('sha256').update(source).digest('hex').slice(0, 40)}@tandem.invalid>`;
}

/** "<a@b>" whatever the input's brackets and surrounding space. */
export const normaliseMessageId = (id: string): string => `<${id.trim().replace(/^<|>$/g, '')}>`;

/** RFC 2392 "mid:" URL of a message: opens it in mail clients that support it. */
export const midUrl = (messageId: string): string => `mid:${encodeURIComponent(messageId.replace(/^<|>$/g, ''))}`;

/**
 * The id a whole conversation is known by: the first of References (the thread's root), else
 * In-Reply-To, else the message's own id.
 */
export function conversationKey(message: { messageId: string; inReplyTo?: string | undefined; references: readonly string[] }): string {
  return message.references[0] ?? message.inReplyTo ?? message.messageId;
}

/** References for an answer to `parent`: its references, then its own id (RFC 5322 §3.6.4). */
export function referencesAfter(parent: { messageId: string; references: readonly string[] }): string[] {
  return [...parent.references.filter((id) => id !== parent.messageId), parent.messageId];
}

/** "Re: " once, however many times the subject was already answered. */
export function replySubject(subject: string): string {
  const bare = subject.replace(/^(\s*(re|aw|sv|antw)\s*(\[\d+\])?\s*:\s*)+/i, '').trim();
  return `Re: ${bare}`;
}
