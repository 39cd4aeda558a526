// A message as the conversation view shows it: the author (the person for inbound messages, the
// teammate for replies and notes), and the parent inside the thread when the network said which
// message it answers, so the web can nest the thread the way the network shows it.
import type { ConversationMessageRow } from '../../../db/queries/conversations-detail.ts';
import type { Sentiment } from '../vocabulary.ts';

export type MessageAuthor = { type: 'person' | 'user' | 'unknown'; id: string | null; name: string; handle: string | null; avatarUrl: string | null };

export type ThreadMessage = Omit<ConversationMessageRow['message'], 'authorHandle' | 'sentiment'> & {
  sentiment: Sentiment | null;
  /** The message of this conversation whose network id is inReplyTo; null at the thread's root or when it is not loaded. */
  parentId: string | null;
  author: MessageAuthor;
};

function authorOf(row: ConversationMessageRow): MessageAuthor {
  const { message, person, user } = row;
  if (message.kind !== 'in' && user) return { type: 'user', id: user.id, name: user.name, handle: null, avatarUrl: null };
  if (person) return { type: 'person', id: person.id, name: person.displayName, handle: message.authorHandle, avatarUrl: person.avatarUrl };
  return { type: 'unknown', id: null, name: message.authorHandle ?? (message.kind === 'in' ? 'Unknown' : 'A former teammate'), handle: message.authorHandle, avatarUrl: null };
}

/** Rows in thread order (oldest first), with their parents resolved among them. */
export function threadView(rows: ConversationMessageRow[]): ThreadMessage[] {
  const byExternalId = new Map(rows.filter((r) => r.message.externalId).map((r) => [r.message.externalId!, r.message.id]));
  return rows.map((row) => {
    const { authorHandle: _handle, ...message } = row.message;
    const parentId = message.inReplyTo ? (byExternalId.get(message.inReplyTo) ?? null) : null;
    return { ...message, sentiment: message.sentiment as Sentiment | null, parentId: parentId === message.id ? null : parentId, author: authorOf(row) };
  });
}
