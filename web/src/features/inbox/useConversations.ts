// The conversation list of a view, page by page (the list scrolls on forever), and the counts
// beside the views. Both poll, so new messages show up without a reload.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ConversationSummary, InboxCounts } from '../../api/inbox-types.ts';
import type { Page } from '../../api/types.ts';
import { conversationsKey, countsKey, inboxBase } from './inbox-api.ts';
import type { ListQuery } from './inbox-filters.ts';

const pollMs = 15_000;

export function useConversations(workspaceId: string, query: ListQuery) {
  return useInfiniteQuery({
    queryKey: [...conversationsKey(workspaceId), query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<Page<ConversationSummary>>(`${inboxBase(workspaceId)}/conversations`, { ...query, cursor: pageParam, limit: 30 }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: pollMs,
  });
}

export const useInboxCounts = (workspaceId: string, hat: string | undefined) =>
  useQuery({
    queryKey: [...countsKey(workspaceId), hat ?? 'both'],
    queryFn: () => api.get<InboxCounts>(`${inboxBase(workspaceId)}/counts`, { hat }),
    placeholderData: keepPreviousData,
    refetchInterval: pollMs,
  });
