// A reply or note as the API returns it: the conversation view's message shape (the triage
// helper's ThreadMessage: author, parent in the thread), plus what the reply box needs about a
// reply's sending (why it failed, whether it resolves the conversation once out).
import type { MessageRow } from '../../../db/queries/messages.ts';
import type { MessageAuthor, ThreadMessage } from '../conversations/message-thread-view.ts';
import type { Sentiment } from '../vocabulary.ts';

export type MessageView = ThreadMessage & Pick<MessageRow, 'conversationId' | 'errorKind' | 'resolveOnSend'>;

export function messageView(row: MessageRow, authorName: string | null, parentId: string | null = null): MessageView {
  const author: MessageAuthor = row.userId ? { type: 'user', id: row.userId, name: authorName ?? '', handle: null, avatarUrl: null } : { type: 'unknown', id: null, name: authorName ?? 'An API token', handle: null, avatarUrl: null };
  return {
    id: row.id,
    conversationId: row.conversationId,
    channelId: row.channelId,
    kind: row.kind,
    text: row.text,
    externalId: row.externalId,
    inReplyTo: row.inReplyTo,
    url: row.url,
    sentiment: row.sentiment as Sentiment | null,
    sentimentScore: row.sentimentScore,
    language: row.language,
    intents: row.intents,
    mentions: row.mentions,
    sendState: row.sendState,
    sendAt: row.sendAt,
    errorKind: row.errorKind,
    errorReason: row.errorReason,
    resolveOnSend: row.resolveOnSend,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    parentId,
    author,
  };
}
