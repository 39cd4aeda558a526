// Feed rules (RSS auto-post): the list, creating, changing and deleting one, and the preview of
// a template filled with the feed's latest entries (nothing stored).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { useChannels, useConnectors } from '../../channels/useChannels.ts';
import type { FeedPreview, FeedRule, FeedRuleFields, FeedRuleInput } from './types.ts';

const feedRulesKey = (workspaceId: string) => ['workspaces', workspaceId, 'feed-rules'] as const;
const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/feed-rules`;

export const useFeedRules = (workspaceId: string) =>
  useQuery({ queryKey: feedRulesKey(workspaceId), queryFn: async () => (await api.get<{ items: FeedRule[] }>(base(workspaceId))).items });

function useFeedRuleMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedRulesKey(workspaceId) }) });
}

export const useCreateFeedRule = (workspaceId: string) => useFeedRuleMutation(workspaceId, (input: FeedRuleInput) => api.post<FeedRule>(base(workspaceId), input));

export const useUpdateFeedRule = (workspaceId: string) =>
  useFeedRuleMutation(workspaceId, ({ id, input }: { id: string; input: Partial<FeedRuleFields> }) => api.patch<FeedRule>(`${base(workspaceId)}/${id}`, input));

export const useDeleteFeedRule = (workspaceId: string) => useFeedRuleMutation(workspaceId, (id: string) => api.delete(`${base(workspaceId)}/${id}`));

export const useFeedPreview = (workspaceId: string) =>
  useMutation({ mutationFn: (input: { feedChannelId: string; template: string; limit?: number }) => api.post<FeedPreview>(`${base(workspaceId)}/preview`, input) });

/** Active channels read as feeds: their connector has an inbox (the server asks the same). */
export function useFeedChannels(workspaceId: string) {
  const channels = useChannels(workspaceId);
  const connectors = useConnectors();
  const inbox = new Set((connectors.data ?? []).filter((c) => c.capabilities.includes('inbox')).map((c) => c.id));
  const list = channels.data && connectors.data ? channels.data.filter((c) => c.status === 'active' && inbox.has(c.network)) : undefined;
  return { channels: list, error: channels.error ?? connectors.error };
}
