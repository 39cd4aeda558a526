// Answering: replies through the channel (now or later), internal notes with @mentions, the
// channel's limits checked as the person types, and saved replies rendered for this conversation.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { InboxMessage, ReplyCheck } from '../../api/inbox-types.ts';
import { conversationPath, inboxKey } from './inbox-api.ts';
import { useInboxMutation } from './useConversation.ts';

/** `resolve`: "send and resolve"; the server resolves the conversation once the reply is on the network. */
export type ReplyInput = { text: string; inReplyToMessageId?: string; sendAt?: string; resolve?: boolean };
export type NoteInput = { text: string; mentions: string[] };

export const useSendReply = (workspaceId: string, conversationId: string) =>
  useInboxMutation(workspaceId, (input: ReplyInput) => api.post<InboxMessage>(`${conversationPath(workspaceId, conversationId)}/replies`, input));

export const useAddNote = (workspaceId: string, conversationId: string) =>
  useInboxMutation(workspaceId, (input: NoteInput) => api.post<InboxMessage>(`${conversationPath(workspaceId, conversationId)}/notes`, input));

/** The server's count of the draft against the channel's limits, a moment after typing stops. */
export function useReplyCheck(workspaceId: string, conversationId: string, text: string, enabled: boolean) {
  const [debounced] = useDebouncedValue(text, 300);
  return useQuery({
    queryKey: [...inboxKey(workspaceId), 'check', conversationId, debounced],
    queryFn: () => api.post<ReplyCheck>(`${conversationPath(workspaceId, conversationId)}/replies/check`, { text: debounced }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}

// The list is the settings pages' own query, so a saved reply added there is offered at once.
export { useSavedReplies } from '../inbox-settings/useSavedReplies.ts';

/** A saved reply's body with its variables ({{person.first_name}} ...) filled in for this conversation; `missing`: those with no value here. */
export const renderSavedReply = (workspaceId: string, conversationId: string, savedReplyId: string) =>
  api.post<{ text: string; missing: string[] }>(`${conversationPath(workspaceId, conversationId)}/render-reply`, { savedReplyId });

/** Takes back a reply not sent yet; the answer holds its text, to edit and send again. */
export const useCancelReply = (workspaceId: string, conversationId: string) =>
  useInboxMutation(workspaceId, (messageId: string) => api.delete<InboxMessage>(`${conversationPath(workspaceId, conversationId)}/replies/${messageId}`));
