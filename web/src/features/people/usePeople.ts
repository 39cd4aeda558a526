// The people directory, read page by page for the filters chosen (src/http/routes/people.ts).
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PersonListItem } from '../../api/people-types.ts';
import type { Page } from '../../api/types.ts';

/** Every people query of a workspace: what a change to a person invalidates. */
export const peopleKey = (workspaceId: string) => ['workspaces', workspaceId, 'people'] as const;
export const peopleBase = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/people`;

// staff: '' all, 'true' staff only, 'false' everyone but staff.
// hasOpenConversation: '' everyone, 'true' only people waiting in the inbox.
export type PeopleFilters = { q: string; tag: string; network: string; staff: '' | 'true' | 'false'; hasOpenConversation: '' | 'true' };
export const noPeopleFilters: PeopleFilters = { q: '', tag: '', network: '', staff: '', hasOpenConversation: '' };

export function usePeople(workspaceId: string, filters: PeopleFilters) {
  return useInfiniteQuery({
    queryKey: [...peopleKey(workspaceId), 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<Page<PersonListItem>>(peopleBase(workspaceId), { q: filters.q.trim(), tag: filters.tag.trim(), network: filters.network, staff: filters.staff, hasOpenConversation: filters.hasOpenConversation, cursor: pageParam, limit: 50 }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
