// Merging people: the review queue of suggestions, merging two people by hand, a person's merge
// journal and undoing one merge (src/http/routes/people-merges.ts).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MergeSuggestion, PersonMerge } from '../../api/people-types.ts';
import type { Page } from '../../api/types.ts';
import { peopleBase, peopleKey } from './usePeople.ts';
import { personKey, usePeopleMutation } from './usePerson.ts';

const suggestionsKey = (workspaceId: string) => [...peopleKey(workspaceId), 'merge-suggestions'] as const;

// The queue is read whole (the highest confidence first): it is a list a teammate empties, not an archive.
export const useMergeSuggestions = (workspaceId: string, enabled = true) =>
  useQuery({
    queryKey: suggestionsKey(workspaceId),
    queryFn: () => api.get<Page<MergeSuggestion>>(`${peopleBase(workspaceId)}/merge-suggestions`, { status: 'pending', limit: 100 }),
    enabled,
    // The navbar badge stays current while a teammate works elsewhere in the app.
    refetchInterval: 60_000,
  });

/** keepPersonId: which of the two records stays (the server keeps the older one when absent). */
export const useMergeSuggestion = (workspaceId: string) =>
  usePeopleMutation(workspaceId, ({ id, decision, keepPersonId }: { id: string; decision: 'merge' | 'dismiss'; keepPersonId?: string }) =>
    api.post(`${peopleBase(workspaceId)}/merge-suggestions/${id}/${decision}`, decision === 'merge' && keepPersonId ? { keepPersonId } : {}),
  );

export const useMergePeople = (workspaceId: string, personId: string) =>
  usePeopleMutation(workspaceId, (otherPersonId: string) => api.post<PersonMerge>(`${peopleBase(workspaceId)}/${personId}/merge`, { otherPersonId }));

export const usePersonMerges = (workspaceId: string, personId: string) =>
  useQuery({
    queryKey: [...personKey(workspaceId, personId), 'merges'],
    queryFn: async () => (await api.get<{ items: PersonMerge[] }>(`${peopleBase(workspaceId)}/${personId}/merges`)).items,
  });

export const useUndoMerge = (workspaceId: string) => usePeopleMutation(workspaceId, (mergeId: string) => api.post(`${peopleBase(workspaceId)}/merges/${mergeId}/undo`));
