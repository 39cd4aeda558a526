// What the composer reads beside the post: saved templates, the workspace's labels, internal
// comments on a post, and saving a template or a comment.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { postKey, postsBase } from './usePosts.ts';
import type { PostComment, PostTemplate } from './types.ts';

const ws = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;
const templatesKey = (workspaceId: string) => ['workspaces', workspaceId, 'templates'] as const;
const labelsKey = (workspaceId: string) => ['workspaces', workspaceId, 'labels'] as const;

// Lists may come bare or as a page; the composer wants the items either way.
const itemsOf = <T,>(answer: T[] | { items: T[] }): T[] => (Array.isArray(answer) ? answer : answer.items);

export const useTemplates = (workspaceId: string) =>
  useQuery({ queryKey: templatesKey(workspaceId), queryFn: async () => itemsOf(await api.get<PostTemplate[] | { items: PostTemplate[] }>(`${ws(workspaceId)}/templates`)) });

export function useSaveTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; text: string; labels: string[]; channelIds: string[] }) => api.post<PostTemplate>(`${ws(workspaceId)}/templates`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey(workspaceId) }),
  });
}

export function useDeleteTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${ws(workspaceId)}/templates/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey(workspaceId) }),
  });
}

type LabelsAnswer = string[] | { name: string }[] | { items: (string | { name: string })[] } | { labels: (string | { name: string })[] };
const labelNames = (answer: LabelsAnswer): string[] => {
  const list: (string | { name: string })[] = Array.isArray(answer) ? answer : 'items' in answer ? answer.items : answer.labels;
  return list.map((l) => (typeof l === 'string' ? l : l.name));
};

export const useLabels = (workspaceId: string, enabled = true) =>
  useQuery({ queryKey: labelsKey(workspaceId), queryFn: async () => labelNames(await api.get<LabelsAnswer>(`${ws(workspaceId)}/labels`)), enabled });

const commentsKey = (workspaceId: string, postId: string) => [...postKey(workspaceId, postId), 'comments'] as const;

export const useComments = (workspaceId: string, postId: string | undefined) =>
  useQuery({
    queryKey: commentsKey(workspaceId, postId ?? ''),
    queryFn: async () => itemsOf(await api.get<PostComment[] | { items: PostComment[] }>(`${postsBase(workspaceId)}/${postId}/comments`)),
    enabled: Boolean(postId),
  });

export function useAddComment(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<PostComment>(`${postsBase(workspaceId)}/${postId}/comments`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsKey(workspaceId, postId) }),
  });
}
