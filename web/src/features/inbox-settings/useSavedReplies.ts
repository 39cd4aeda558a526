// Saved replies: canned answers a teammate inserts by shortcut (src/http/routes/saved-replies.ts).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { SavedReply, SavedReplyInput } from '../../api/inbox-settings-types.ts';
import { useInvalidatingMutation } from '../../api/useInvalidatingMutation.ts';
import { inboxBase } from '../inbox/inbox-api.ts';

export const savedRepliesKey = (workspaceId: string) => ['workspaces', workspaceId, 'saved-replies'] as const;
const base = (workspaceId: string) => `${inboxBase(workspaceId)}/saved-replies`;

// The whole library comes in one answer ({ items }): the reply box's picker filters as one types.
export const useSavedReplies = (workspaceId: string) =>
  useQuery({ queryKey: savedRepliesKey(workspaceId), queryFn: async () => (await api.get<{ items: SavedReply[] }>(base(workspaceId))).items });

export const useCreateSavedReply = (workspaceId: string) => useInvalidatingMutation(savedRepliesKey(workspaceId), (input: SavedReplyInput) => api.post<SavedReply>(base(workspaceId), input));
export const useUpdateSavedReply = (workspaceId: string) =>
  useInvalidatingMutation(savedRepliesKey(workspaceId), ({ id, input }: { id: string; input: Partial<SavedReplyInput> }) => api.patch<SavedReply>(`${base(workspaceId)}/${id}`, input));
export const useDeleteSavedReply = (workspaceId: string) => useInvalidatingMutation(savedRepliesKey(workspaceId), (id: string) => api.delete(`${base(workspaceId)}/${id}`));
