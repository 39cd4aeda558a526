// Older pages of a long thread: the conversation answers its latest page with `earlierCursor`;
// each "Load earlier messages" reads the page before and puts it on top.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ConversationDetail, InboxMessage } from '../../api/inbox-types.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { conversationPath } from './inbox-api.ts';

export function useEarlierMessages(workspaceId: string, conversationId: string, firstCursor: string | null | undefined) {
  const [earlier, setEarlier] = useState<{ messages: InboxMessage[]; cursor: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const cursor = earlier ? earlier.cursor : (firstCursor ?? null);
  const load = async () => {
    if (!cursor || loading) return;
    setLoading(true);
    try {
      const page = await api.get<ConversationDetail>(conversationPath(workspaceId, conversationId), { before: cursor });
      setEarlier((e) => ({ messages: [...page.messages, ...(e?.messages ?? [])], cursor: page.earlierCursor }));
    } catch (error) {
      notifyFailure('Earlier messages could not be loaded')(error);
    } finally {
      setLoading(false);
    }
  };
  return { messages: earlier?.messages ?? [], hasMore: cursor !== null, loading, load };
}
