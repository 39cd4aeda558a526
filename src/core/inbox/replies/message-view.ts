// A reply or note as the API returns it: what the thread shows, the sending state of a reply and
// the network's reason when it failed. Internal columns (the claim) stay inside.
import type { MessageRow } from '../../../db/queries/messages.ts';

export type MessageView = {
  id: string;
  conversationId: string;
  kind: MessageRow['kind'];
  text: string;
  author: { userId: string; name: string } | null;
  /** Replies: the network id of the message answered; its own once sent. */
  inReplyTo: string | null;
  externalId: string | null;
  url: string | null;
  sendState: MessageRow['sendState'];
  sendAt: Date | null;
  resolveOnSend: boolean;
  errorKind: string | null;
  errorReason: string | null;
  mentions: string[];
  occurredAt: Date;
  createdAt: Date;
};

export function messageView(row: MessageRow, authorName: string | null): MessageView {
  return {
    id: row.id,
    conversationId: row.conversationId,
    kind: row.kind,
    text: row.text,
    author: row.userId ? { userId: row.userId, name: authorName ?? '' } : null,
    inReplyTo: row.inReplyTo,
    externalId: row.externalId,
    url: row.url,
    sendState: row.sendState,
    sendAt: row.sendAt,
    resolveOnSend: row.resolveOnSend,
    errorKind: row.errorKind,
    errorReason: row.errorReason,
    mentions: row.mentions,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
  };
}
