// One person: the profile (identities, notes, open conversations), the timeline across channels,
// and the changes a teammate makes to them. Every change refreshes the person and the directory.
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PersonNote, PersonProfile, PersonUpdate, Person, TimelineItem } from '../../api/people-types.ts';
import type { Page } from '../../api/types.ts';
import { useInvalidatingMutation } from '../../api/useInvalidatingMutation.ts';
import { peopleBase, peopleKey } from './usePeople.ts';

export const personKey = (workspaceId: string, personId: string) => [...peopleKey(workspaceId), 'one', personId] as const;

export const profileKey = (workspaceId: string, personId: string) => [...personKey(workspaceId, personId), 'profile'] as const;

export const useProfile = (workspaceId: string, personId: string) =>
  useQuery({ queryKey: profileKey(workspaceId, personId), queryFn: () => api.get<PersonProfile>(`${peopleBase(workspaceId)}/${personId}/profile`) });

export function useTimeline(workspaceId: string, personId: string) {
  return useInfiniteQuery({
    queryKey: [...personKey(workspaceId, personId), 'timeline'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<Page<TimelineItem>>(`${peopleBase(workspaceId)}/${personId}/timeline`, { cursor: pageParam, limit: 30 }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A mutation on people that refreshes every people query of the workspace once it is done. */
export const usePeopleMutation = <T, R>(workspaceId: string, fn: (input: T) => Promise<R>) => useInvalidatingMutation(peopleKey(workspaceId), fn);

export const useUpdatePerson = (workspaceId: string, personId: string) =>
  usePeopleMutation(workspaceId, (input: PersonUpdate) => api.patch<Person>(`${peopleBase(workspaceId)}/${personId}`, input));

export function useNotes(workspaceId: string, personId: string) {
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: [...personKey(workspaceId, personId), 'notes'],
    initialPageParam: undefined as string | undefined,
    // The profile already brought the first page of notes: start from it (as old as it is) rather
    // than read it again.
    initialData: () => {
      const profile = queryClient.getQueryData<PersonProfile>(profileKey(workspaceId, personId));
      return profile && { pages: [{ items: profile.notes, nextCursor: profile.notesNextCursor }], pageParams: [undefined] };
    },
    initialDataUpdatedAt: () => queryClient.getQueryState(profileKey(workspaceId, personId))?.dataUpdatedAt,
    queryFn: ({ pageParam }) => api.get<Page<PersonNote>>(`${peopleBase(workspaceId)}/${personId}/notes`, { cursor: pageParam, limit: 20 }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const useDeleteNote = (workspaceId: string, personId: string) => usePeopleMutation(workspaceId, (noteId: string) => api.delete(`${peopleBase(workspaceId)}/${personId}/notes/${noteId}`));

export const useAddNote = (workspaceId: string, personId: string) =>
  usePeopleMutation(workspaceId, (body: string) => api.post<PersonNote>(`${peopleBase(workspaceId)}/${personId}/notes`, { body }));
