// What the composer reads beside the post: saved templates, the workspace's labels, internal
// comments on a post, and saving a template or a comment.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { postKey, postsBase } from './usePosts.ts';
import type { PostComment, PostTemplate } from './types.ts';

const ws = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;
const templatesKey = (workspaceId: string) => ['workspaces', workspaceId, 'templates'] as const;
const labelsKey = (workspaceId: string) => ['workspaces', workspaceId, 'labels'] as const;

export const useTemplates = (workspaceId: string) => useQuery({ queryKey: templatesKey(workspaceId), queryFn: () => api.get<PostTemplate[]>(`${ws(workspaceId)}/templates`) });

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

/** Labels in use, with how many posts carry each (GET /labels). */
type LabelCount = { label: string; posts: number };

export const useLabels = (workspaceId: string, enabled = true) =>
  useQuery({ queryKey: labelsKey(workspaceId), queryFn: async () => (await api.get<LabelCount[]>(`${ws(workspaceId)}/labels`)).map((l) => l.label), enabled });

const commentsKey = (workspaceId: string, postId: string) => [...postKey(workspaceId, postId), 'comments'] as const;

export const useComments = (workspaceId: string, postId: string | undefined) =>
  useQuery({
    queryKey: commentsKey(workspaceId, postId ?? ''),
    queryFn: () => api.get<PostComment[]>(`${postsBase(workspaceId)}/${postId}/comments`),
    enabled: Boolean(postId),
  });

export function useAddComment(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<PostComment>(`${postsBase(workspaceId)}/${postId}/comments`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsKey(workspaceId, postId) }),
  });
}
