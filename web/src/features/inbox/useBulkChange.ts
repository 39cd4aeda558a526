// One change for the list's selection (POST /inbox/conversations/bulk): all or none, so a
// refusal leaves every conversation as it was and says which one refused.
import { api } from '../../api/client.ts';
import type { ConversationPatch, ConversationSummary } from '../../api/inbox-types.ts';
import { inboxBase } from './inbox-api.ts';
import { useInboxMutation } from './useConversation.ts';

export type BulkChange = { conversationIds: string[]; changes: ConversationPatch };

export const useBulkChange = (workspaceId: string) =>
  useInboxMutation(workspaceId, (input: BulkChange) => api.post<{ items: ConversationSummary[] }>(`${inboxBase(workspaceId)}/conversations/bulk`, input), 'The selection could not be changed');
