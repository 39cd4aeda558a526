// Posts of a workspace: the list (for a time range and filters, as the calendar asks), one post,
// and creating, editing and deleting. Every change refreshes the lists and the post itself.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type { Post, PostInput } from './types.ts';

export const postsKey = (workspaceId: string) => ['workspaces', workspaceId, 'posts'] as const;
export const postKey = (workspaceId: string, postId: string) => [...postsKey(workspaceId), 'one', postId] as const;
export const postsBase = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/posts`;

/** GET /posts filters; `unscheduled: 'true'` lists posts without a time (drafts) too. State may list several, comma-separated. */
export type PostFilters = { from?: string; to?: string; channelId?: string; campaignId?: string; label?: string; state?: string; unscheduled?: 'true' };

// The API answers a page; the calendar and the lists want every post of the range, so follow
// the cursor (a month of posts is a few pages at most).
async function fetchAllPosts(workspaceId: string, filters: PostFilters): Promise<Post[]> {
  const all: Post[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const answer = await api.get<Page<Post>>(postsBase(workspaceId), { ...filters, cursor, limit: 200 });
    all.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return all;
}

export const usePosts = (workspaceId: string, filters: PostFilters, enabled = true) =>
  useQuery({ queryKey: [...postsKey(workspaceId), 'list', filters], queryFn: () => fetchAllPosts(workspaceId, filters), enabled });

export const usePost = (workspaceId: string, postId: string | undefined) =>
  useQuery({ queryKey: postKey(workspaceId, postId ?? ''), queryFn: () => api.get<Post>(`${postsBase(workspaceId)}/${postId}`), enabled: Boolean(postId) });

/** A mutation on posts that refreshes every post query of the workspace when it is done. */
export function usePostMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }) });
}

export const useCreatePost = (workspaceId: string) => usePostMutation(workspaceId, (input: PostInput) => api.post<Post>(postsBase(workspaceId), input));

export const useUpdatePost = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ id, input }: { id: string; input: Partial<PostInput> }) => api.patch<Post>(`${postsBase(workspaceId)}/${id}`, input));

// The deleted post's own query is dropped, not refetched (it would answer 404 while the page leaves).
export function useDeletePost(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${postsBase(workspaceId)}/${id}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: postKey(workspaceId, id) });
      return queryClient.invalidateQueries({ queryKey: [...postsKey(workspaceId), 'list'] });
    },
  });
}
